package fr.raccrochage.identity;

/**
 * One side of a pair as a reviewer sees it: where the record comes from and what it says.
 *
 * @param source "SIEI" or "CONNUS"
 * @param guardians the guardians' names, joined
 * @param phones the young person's and the guardians' phones, joined
 */
public record ReviewSide(long personId, String source, String file, int line, String waveId, String lastName,
        String firstNames, String birthDate, String address, String postcode, String commune, String guardians,
        String ine, String phones) {
}
