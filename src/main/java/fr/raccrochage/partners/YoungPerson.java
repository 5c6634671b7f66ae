package fr.raccrochage.partners;

import java.time.LocalDate;
import java.util.List;

/**
 * The personal data of one young person of a wave, from their first SIEI record; the exports
 * pick from it only what each partner's task needs.
 */
public record YoungPerson(long personId, String nom, String prenom, LocalDate dateNaissance, String codeInseeResidence,
        String adresse, String codePostal, String commune, String etablissement, String formation,
        List<String> sieiPhones, String responsables) {
}
