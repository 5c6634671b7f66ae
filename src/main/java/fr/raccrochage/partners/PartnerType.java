package fr.raccrochage.partners;

/** The kinds of partner of the directory ({@code type} column of {@code partenaire_commune}). */
public enum PartnerType {
    MISSION_LOCALE, CIO, PRIJ
}
