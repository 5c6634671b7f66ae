package fr.raccrochage.sample;

/**
 * A postal address before it is written out.
 *
 * @param number street number, with "bis"/"ter" sometimes
 * @param complement building, flat or residence, or null
 */
record Address(String number, String street, String complement, Place place, String postalCode) {
}
