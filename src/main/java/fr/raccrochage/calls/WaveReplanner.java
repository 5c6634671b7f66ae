package fr.raccrochage.calls;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Re-plans a wave's open cases together, in the caller's transaction: after a results import, at
 * night, and when new young people join the wave (so that they share the capacity with the cases
 * planned before them instead of getting what is left). Every attempt planned for the wave is
 * given back first; the cases then share the capacity in rounds ({@link CallCase#replanAll}).
 */
@Component
class WaveReplanner {

    private final JdbcCallsDao dao;
    private final JdbcCapacityDao capacity;
    private final CallsProperties calls;

    WaveReplanner(JdbcCallsDao dao, JdbcCapacityDao capacity, CallsProperties calls) {
        this.dao = dao;
        this.capacity = capacity;
        this.calls = calls;
    }

    /**
     * Re-plans from a moment, or from the latest call reported in the wave if that is later:
     * attempts planned before it and not reported are taken as not done. The slot weights are the
     * wave's contact rates (uniform before any result).
     */
    void replan(String waveId, Collection<WaveCase> cases, LocalDateTime from) {
        List<AttemptResult> all = dao.waveResults(waveId);
        LocalDateTime latest = all.stream().map(AttemptResult::at).max(LocalDateTime::compareTo)
                .map(t -> t.plusMinutes(1)).orElse(LocalDateTime.MIN);
        LocalDateTime now = latest.isAfter(from) ? latest : from;
        SlotWeights weights = all.isEmpty() ? SlotWeights.uniform() : ContactRates.of(all).toWeights();
        CallingPeriod period = dao.period(waveId).orElseThrow();
        StoredCapacityLedger ledger = new StoredCapacityLedger(capacity, calls.capaciteJournaliere(), period);
        dao.plannedDays(waveId).forEach(ledger::release);
        List<CallCase> open = cases.stream().map(WaveCase::callCase).toList();
        CallCase.replanAll(open, now, calls.planner(), ledger, weights);
        Map<CallCaseId, List<PlannedAttempt>> plans = new LinkedHashMap<>();
        for (CallCase c : open) {
            plans.put(c.id(), c.plan());
        }
        dao.replacePlans(plans);
        ledger.flush();
    }
}
