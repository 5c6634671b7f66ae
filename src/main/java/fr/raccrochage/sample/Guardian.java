package fr.raccrochage.sample;

/**
 * A legal guardian.
 *
 * @param phone ten national digits ("0612345678"), or null
 * @param address where the guardian lives
 */
record Guardian(String lastName, String firstName, String phone, String email, Address address) {
}
