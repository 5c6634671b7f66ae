package fr.raccrochage.calls;

import fr.raccrochage.core.cases.CaseStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What is known of a young person before this wave: opposition, partners' known cases, earlier calls. */
record PersonHistory(Optional<Opposition> opposition, List<KnownCase> knownCases, List<EarlierCase> earlierCases) {

    static final PersonHistory NONE = new PersonHistory(Optional.empty(), List.of(), List.of());

    /** A row of {@code opposition}. */
    record Opposition(LocalDate since, String origin) {
    }

    /** A row of {@code cas_connu}: SUIVI (by partnerId), EN_SOLUTION or OPPOSITION, at date. */
    record KnownCase(String status, String partnerId, LocalDate date, String file, int line) {
    }

    /** A closed case of an earlier wave (dossier_appel). */
    record EarlierCase(String waveId, CaseStatus status, LocalDate date) {
    }
}
