package fr.raccrochage.partners;

/** One partner of the directory: a mission locale, a CIO or a PRIJ operational group. */
public record Partner(String id, PartnerType type, String nom, String departement) {
}
