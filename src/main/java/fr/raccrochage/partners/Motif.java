package fr.raccrochage.partners;

/** Why a young person is sent to a partner ({@code orientation.motif}, the exports' {@code motif} column). */
public enum Motif {
    /** Not reached after the attempts, or no usable number: the partner goes to meet them. */
    INJOIGNABLE,
    /** Accepted a referral to the mission locale, which calls back within the deadline. */
    ORIENTE_ML,
    /** Accepted a referral to a CIO. */
    ORIENTE_CIO,
    /** Asked to be called back, and the wave closed first. */
    RAPPEL_DEMANDE,
    /** Already followed by this partner: it is told the young person was on the list. */
    SUIVI
}
