package fr.raccrochage.partners;

/** A case no partner can take, left to the Region's staff ({@code orientation_region} row). */
public record RegionReferral(String motif, String details) {

    static final String COMMUNE_INCONNUE = "COMMUNE_INCONNUE";
    static final String HORS_REGION = "HORS_REGION";
    static final String SANS_PARTENAIRE = "SANS_PARTENAIRE";
    static final String RAPPEL_OUVERT = "RAPPEL_OUVERT";
    static final String SUIVI_PARTENAIRE_INCONNU = "SUIVI_PARTENAIRE_INCONNU";
    static final String SUIVI_HORS_TERRITOIRE = "SUIVI_HORS_TERRITOIRE";
}
