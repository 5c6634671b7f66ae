package fr.raccrochage.partners;

/** What the closing of a wave does with a callback (RAPPEL) still open. */
public enum CallbackPolicy {
    /** Sent to the mission locale with motif RAPPEL_DEMANDE and a callback deadline (default). */
    RAPPEL_DEMANDE,
    /** Treated as unreachable: mission locale and PRIJ group. */
    INJOIGNABLE,
    /** Left to the Region's staff (orientation_region, motif RAPPEL_OUVERT). */
    REGION
}
