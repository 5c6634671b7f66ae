package fr.raccrochage.sample;

/**
 * A school, apprenticeship centre or farming school; {@code uai} is 7 digits and a check letter.
 *
 * @param track which trainings it gives: COLLEGE, GT or PRO for EN schools, "*" otherwise
 */
record School(String uai, String name, Source source, String departement, String track) {
}
