package fr.raccrochage.calls;

import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.core.privacy.OutputGate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Creates the cases of a wave's young people who have none yet: an ID_APPEL each (in the order of
 * their first record), the exclusions of the {@link CallPolicy}, SANS_NUMERO for those without a
 * usable number, and up to ten planned attempts for the others within the call centre's capacity.
 * When the wave already has open cases (young people who joined with a later list), all open cases
 * are re-planned together, so that the newcomers are not left with the capacity the others did not
 * take. Runs inside the planning step's transaction: all of it is stored, or none.
 *
 * <p>The {@link OutputGate} is asked too: a young person it bars (erased on request and recognised
 * by their keyed hash) is excluded like an objection; a number withdrawn by a rectification is
 * left out, a number added by one is given.
 */
@Component
class WavePlanner {

    private final JdbcCallsDao dao;
    private final CallsProperties properties;
    private final WaveReplanner replanner;
    private final JdbcCaseChangesDao changes;
    private final OutputGate gate;

    WavePlanner(JdbcCallsDao dao, CallsProperties properties, WaveReplanner replanner, JdbcCaseChangesDao changes,
            OutputGate gate) {
        this.dao = dao;
        this.properties = properties;
        this.replanner = replanner;
        this.changes = changes;
        this.gate = gate;
    }

    void plan(String waveId, CallingPeriod period) {
        LocalDateTime now = LocalDateTime.now();
        CallPolicy policy = new CallPolicy(properties.politique());
        Set<Long> done = dao.personsWithCase(waveId);
        Map<Long, PersonHistory> histories = dao.histories(waveId);
        int sequence = dao.lastSequence(waveId);
        Map<CallCaseId, List<CallNumber>> numbers = new LinkedHashMap<>();
        List<WavePerson> newcomers = dao.wavePersons(waveId).stream().filter(p -> !done.contains(p.personId())).toList();
        List<Long> ids = newcomers.stream().map(WavePerson::personId).toList();
        Set<Long> barred = gate.barred(ids);
        OutputGate.WithdrawnNumbers withdrawn = gate.withdrawnNumbers(ids);
        Map<Long, List<CallNumber>> added = changes.addedNumbers(waveId);
        for (WavePerson listed : newcomers) {
            WavePerson person = listed.withNumbers(CallCaseChanges.numbersFor(listed,
                    added.getOrDefault(listed.personId(), List.of()), withdrawn));
            CallCaseId id = CallCaseId.of(waveId, ++sequence);
            Optional<Exclusion> exclusion = policy.exclusion(person,
                    histories.getOrDefault(person.personId(), PersonHistory.NONE), period.debut());
            if (exclusion.isEmpty() && barred.contains(person.personId())) {
                exclusion = Optional.of(new Exclusion(Exclusion.OPPOSITION, null,
                        "données effacées à la demande du jeune (reconnu par son empreinte) : jamais appelé"));
            }
            if (exclusion.isPresent()) {
                dao.insertCase(waveId, person.personId(), id, CaseStatus.EXCLU.name(), now, exclusion.get(), period, now);
                continue;
            }
            CallCase c = CallCase.open(id, period, person.numbers());
            if (c.status() == CaseStatus.SANS_NUMERO) {
                dao.insertCase(waveId, person.personId(), id, c.status().name(), period.debut().atStartOfDay(), null,
                        period, now);
                continue;
            }
            dao.insertCase(waveId, person.personId(), id, c.status().name(), null, null, period, now);
            numbers.put(id, person.numbers());
        }
        dao.insertNumbers(numbers);
        if (!numbers.isEmpty()) {
            // The newcomers and the cases planned before them share the capacity in rounds.
            replanner.replan(waveId, dao.callableCases(waveId).stream().map(WaveCase::rebuild).toList(),
                    period.debut().atStartOfDay());
        }
    }
}
