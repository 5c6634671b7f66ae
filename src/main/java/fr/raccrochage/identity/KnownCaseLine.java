package fr.raccrochage.identity;

import fr.raccrochage.core.person.IdentityFields;
import java.time.LocalDate;

/**
 * One accepted line of a known-cases list, normalized like an SIEI record (names NFC, INE upper case,
 * dates read from the French or ISO form).
 *
 * @param ine null when absent or unusable
 * @param partnerId null when absent (allowed for EN_SOLUTION and OPPOSITION)
 * @param note a remark kept with the decision (an unusable INE that was ignored), or null
 */
public record KnownCaseLine(int line, String ine, String lastName, String firstNames, LocalDate birthDate,
        String partnerId, KnownCaseStatus status, LocalDate statusDate, String note) {

    /** What the engine compares: a known-case line carries no phone, guardian or commune. */
    Candidate candidate() {
        return Candidate.ofIdentity(line, identity());
    }

    public IdentityFields identity() {
        return new IdentityFields(ine, lastName, firstNames, birthDate, null);
    }
}
