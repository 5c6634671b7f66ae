package fr.raccrochage.core.commune;

import java.util.List;

/**
 * One entry of the official geographic code: a commune, a municipal arrondissement, or a
 * former commune (déléguée / associée) merged into {@code codeRattachement}.
 */
public record Commune(
        String codeInsee,
        String nom,
        CommuneType type,
        String codeRattachement,
        String departement,
        String region,
        List<String> codesPostaux,
        int population,
        String epciCode,
        String epciNom,
        String eptCode,
        String eptNom) {

    public boolean isIn(String regionCode) {
        return region.equals(regionCode);
    }
}
