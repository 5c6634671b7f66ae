package fr.raccrochage.sample;

import java.util.List;

/**
 * Where a family lives, as the generator knows it.
 *
 * @param code INSEE code as a source would write it (arrondissement or former commune code), null when unknown
 * @param name official name (or the former commune's name, or a made-up one)
 * @param postalCodes postal codes usable in an address (today's commune's for a former commune)
 * @param todayCode the commune it resolves to today (a Paris arrondissement keeps its own code), null when unknown
 * @param parisArrondissement 1–20 for Paris, else 0
 */
record Place(String code, String name, Kind kind, List<String> postalCodes, String departement, String region,
        String todayCode, int parisArrondissement) {

    enum Kind {
        /** A commune (or Paris arrondissement) of Île-de-France. */
        IDF,
        /** The old name of a commune merged into another one (DELEGUEE / ASSOCIEE rows). */
        FORMER,
        /** A real commune of another region. */
        OUT_OF_REGION,
        /** A made-up commune with a bogus postal code: cannot be resolved. */
        UNKNOWN
    }

    boolean isParis() {
        return parisArrondissement > 0;
    }
}
