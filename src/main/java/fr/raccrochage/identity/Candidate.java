package fr.raccrochage.identity;

import fr.raccrochage.core.person.IdentityFields;
import java.time.LocalDate;
import java.util.List;

/**
 * One SIEI record as the engine sees it, already normalized by the import (phones in E.164 form).
 *
 * @param id the caller's key for the record (an index)
 * @param guardians each guardian's "last name first name", as written
 * @param guardianPhones the guardians' phones
 * @param commune the INSEE code of the commune of residence
 * @param address the street address as written (free form), or null
 * @param postcode the postcode as written, or null
 */
public record Candidate(int id, String ine, String lastName, String firstNames, LocalDate birthDate, String sex,
        String phone, List<String> guardians, List<String> guardianPhones, String commune, String address,
        String postcode) {

    /** Without an address. */
    public Candidate(int id, String ine, String lastName, String firstNames, LocalDate birthDate, String sex,
            String phone, List<String> guardians, List<String> guardianPhones, String commune) {
        this(id, ine, lastName, firstNames, birthDate, sex, phone, guardians, guardianPhones, commune, null, null);
    }

    /** A record of which only the identity is known (a known case: no phone, guardian or commune). */
    public static Candidate ofIdentity(int id, IdentityFields identity) {
        return new Candidate(id, identity.ine(), identity.lastName(), identity.firstNames(), identity.birthDate(),
                identity.sex(), null, List.of(), List.of(), null);
    }

    /** The identity fields as every stage names them. */
    public IdentityFields identity() {
        return new IdentityFields(ine, lastName, firstNames, birthDate, sex);
    }

    public Candidate {
        guardians = guardians == null ? List.of() : guardians.stream().filter(g -> g != null && !g.isBlank()).toList();
        guardianPhones = guardianPhones == null ? List.of()
                : guardianPhones.stream().filter(p -> p != null && !p.isBlank()).toList();
    }
}
