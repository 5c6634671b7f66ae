package fr.raccrochage.calls;

import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.core.privacy.OppositionSource;
import fr.raccrochage.core.privacy.Oppositions;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A stored case rebuilt as a {@link CallCase} from its numbers and results, plus the SOLUTION given per attempt. */
final class WaveCase {

    private final JdbcCallsDao.StoredCase stored;
    private final CallCase callCase;
    private final Map<Integer, String> solutions;

    private WaveCase(JdbcCallsDao.StoredCase stored, CallCase callCase) {
        this.stored = stored;
        this.callCase = callCase;
        this.solutions = new HashMap<>(stored.solutions());
    }

    static WaveCase rebuild(JdbcCallsDao.StoredCase stored) {
        CallCase c = CallCase.open(stored.id(), stored.period(), stored.numbers());
        stored.results().stream()
                .sorted(java.util.Comparator.comparingInt(AttemptResult::attempt))
                .forEach(c::apply);
        c.withdraw(stored.withdrawn());
        return new WaveCase(stored, c);
    }

    CallCase callCase() {
        return callCase;
    }

    boolean hasNumber(String number) {
        return stored.numbers().stream().anyMatch(n -> n.number().equals(number));
    }

    /** Applies a result; empty when accepted, else the French reason. */
    Optional<String> apply(AttemptResult result, String solution) {
        Optional<String> refused = callCase.apply(result);
        if (refused.isEmpty() && solution != null) {
            solutions.putIfAbsent(result.attempt(), solution);
        }
        return refused;
    }

    /**
     * Writes the case's status and dropped numbers; on OPPOSITION, the objection goes the one way
     * every objection goes ({@link Oppositions}), which closes the young person's other cases too.
     */
    void store(JdbcCallsDao dao, Oppositions oppositions) {
        CaseStatus status = callCase.status();
        Optional<Map.Entry<Integer, AttemptResult>> closing = callCase.results().entrySet().stream()
                .filter(e -> e.getValue().outcome().isFinal()).findFirst();
        LocalDateTime statusAt = null;
        String solution = null;
        if (closing.isPresent()) {
            statusAt = closing.get().getValue().at();
            solution = status == CaseStatus.EN_SOLUTION ? solutions.get(closing.get().getKey()) : null;
        } else if (status.isClosed() && !callCase.results().isEmpty()) {
            statusAt = callCase.results().values().stream().map(AttemptResult::at).max(LocalDateTime::compareTo)
                    .orElseThrow();
        }
        LocalDateTime callback = callCase.pendingCallback().map(AttemptResult::callbackAt).orElse(null);
        dao.updateCase(callCase.id(), status.name(), solution, statusAt, callback);
        callCase.results().values().stream().filter(r -> r.outcome().dropsNumber())
                .forEach(r -> dao.dropNumber(callCase.id(), r.number(), r.outcome().name()));
        if (status == CaseStatus.OPPOSITION) {
            AttemptResult said = closing.get().getValue();
            boolean youngPerson = stored.numbers().stream().anyMatch(n -> n.number().equals(said.number())
                    && n.owner() == CallNumber.Owner.JEUNE);
            oppositions.oppose(stored.personId(), youngPerson ? OppositionSource.JEUNE : OppositionSource.RESPONSABLE,
                    "appel " + callCase.id() + " tentative " + closing.get().getKey(), statusAt.toLocalDate());
        }
    }
}
