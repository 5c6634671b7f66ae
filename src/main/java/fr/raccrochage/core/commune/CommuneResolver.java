package fr.raccrochage.core.commune;

import java.util.Optional;

/**
 * Resolves an address's commune to today's commune (a Paris arrondissement is kept as is; Lyon
 * and Marseille arrondissements, communes déléguées and associées map to their commune).
 */
public final class CommuneResolver {

    public CommuneResolver(CommuneDirectory directory) {
    }

    /**
     * @param codeCommune INSEE code as written by the source, may be blank
     * @param codePostal postal code as written, may be blank
     * @param nomCommune commune name as written ("ST DENIS", "PARIS 11"), may be blank
     * @return today's commune, or empty when nothing reliable matches
     */
    public Optional<Commune> resolve(String codeCommune, String codePostal, String nomCommune) {
        throw new UnsupportedOperationException("TODO");
    }
}
