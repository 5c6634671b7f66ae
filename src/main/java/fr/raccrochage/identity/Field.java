package fr.raccrochage.identity;

/** The fields the engine compares, with the French words used in the explanations. */
public enum Field {
    INE("INE"),
    NOM("nom"),
    PRENOM("prénom"),
    NOM_PRENOM_INVERSES("nom et prénom inversés"),
    DATE_NAISSANCE("date de naissance"),
    DATE_JOUR_MOIS_INVERSES("date de naissance (jour et mois inversés)"),
    TELEPHONE("téléphone"),
    RESPONSABLES("responsables"),
    TELEPHONE_RESPONSABLES("téléphone des responsables"),
    ADRESSE("adresse"),
    COMMUNE("commune");

    final String label;

    Field(String label) {
        this.label = label;
    }
}
