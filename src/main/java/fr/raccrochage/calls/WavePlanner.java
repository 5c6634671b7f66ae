package fr.raccrochage.calls;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Creates the cases of a wave's young people who have none yet: an ID_APPEL each (in the order of
 * their first record), the exclusions of the {@link CallPolicy}, SANS_NUMERO for those without a
 * usable number, and up to ten planned attempts for the others within the call centre's capacity.
 * Runs inside the planning step's transaction: all of it is stored, or none.
 */
@Component
class WavePlanner {

    private final JdbcCallsDao dao;
    private final JdbcTemplate jdbc;
    private final CallsProperties properties;

    WavePlanner(JdbcCallsDao dao, JdbcTemplate jdbc, CallsProperties properties) {
        this.dao = dao;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    void plan(String waveId, CallingPeriod period) {
        LocalDateTime now = LocalDateTime.now();
        CallPolicy policy = new CallPolicy(properties.politique());
        CallPlanner planner = properties.planner();
        JdbcCapacityLedger ledger = new JdbcCapacityLedger(jdbc, properties.capaciteJournaliere(), period);
        Set<Long> done = dao.personsWithCase(waveId);
        Map<Long, PersonHistory> histories = dao.histories(waveId);
        int sequence = dao.lastSequence(waveId);
        Map<CallCaseId, List<PlannedAttempt>> plans = new LinkedHashMap<>();
        Map<CallCaseId, List<PhoneNumber>> numbers = new LinkedHashMap<>();
        for (WavePerson person : dao.wavePersons(waveId)) {
            if (done.contains(person.personId())) {
                continue;
            }
            CallCaseId id = CallCaseId.of(waveId, ++sequence);
            Optional<Exclusion> exclusion = policy.exclusion(person,
                    histories.getOrDefault(person.personId(), PersonHistory.NONE), period.debut());
            if (exclusion.isPresent()) {
                dao.insertCase(waveId, person.personId(), id, "EXCLU", now, exclusion.get(), period, now);
                continue;
            }
            CallCase c = CallCase.open(id, period, person.numbers());
            if (c.status() == CaseStatus.SANS_NUMERO) {
                dao.insertCase(waveId, person.personId(), id, c.status().name(), period.debut().atStartOfDay(), null,
                        period, now);
                continue;
            }
            c.replan(period.debut().atStartOfDay(), planner, ledger, SlotWeights.uniform());
            dao.insertCase(waveId, person.personId(), id, c.status().name(), null, null, period, now);
            numbers.put(id, person.numbers());
            plans.put(id, new ArrayList<>(c.plan()));
        }
        dao.insertNumbers(numbers);
        dao.replacePlans(plans);
        ledger.flush();
    }
}
