package fr.raccrochage.partners;

import fr.raccrochage.core.person.IdentityFields;
import java.util.List;

/**
 * The personal data of one young person of a wave, from their first SIEI record: who they are
 * (the core identity) and where they live and studied; the exports pick from it only what each
 * partner's task needs.
 */
public record YoungPerson(long personId, IdentityFields identity, String codeInseeResidence, String adresse,
        String codePostal, String commune, String etablissement, String formation, List<String> sieiPhones,
        String responsables) {
}
