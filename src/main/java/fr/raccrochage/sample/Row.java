package fr.raccrochage.sample;

/**
 * A record waiting to be written, with what the truth file says about it.
 *
 * @param personId null for a bad line
 * @param nature ORIGINAL, DOUBLON or LIGNE_INVALIDE
 */
record Row(String[] fields, String personId, String nature, String familyId, String details) {
}
