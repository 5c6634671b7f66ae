package fr.raccrochage.core.privacy;

/**
 * The one way an objection is recorded, whatever brought it (operator command, known-cases list,
 * nightly inbox, call result, SMS STOP, portal): every path calls this, so every stage stops at once.
 */
public interface Oppositions {

    /**
     * Records that this young person objects (the first recorded objection stays) and applies it.
     *
     * @param origin where it came from, identifiers only (e.g. "liste connus oppositions.csv ligne 12")
     */
    void oppose(long personId, OppositionSource source, String origin);
}
