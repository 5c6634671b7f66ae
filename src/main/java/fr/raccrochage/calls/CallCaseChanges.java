package fr.raccrochage.calls;

import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.core.privacy.OutputGate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Facts about one young person that reach their call cases at once, in the caller's transaction:
 * an objection closes every case not yet decided by a closing and gives back its planned capacity;
 * a number added or withdrawn changes every case of the young person and re-plans the open ones.
 * The call sheet and the daily lists still to be called are rewritten once the transaction commits.
 */
@Service
public class CallCaseChanges {

    /** What closing a young person's cases for an objection did. */
    public record Closed(List<String> cases, int attemptsRemoved, Set<String> waves) {
    }

    private final JdbcCaseChangesDao dao;
    private final JdbcCallsDao calls;
    private final JdbcCapacityDao capacity;
    private final CallsProperties properties;
    private final WaveReplanner replanner;
    private final CallSheets sheets;
    private final OutputGate gate;
    private final TransactionTemplate tx;

    CallCaseChanges(JdbcCaseChangesDao dao, JdbcCallsDao calls, JdbcCapacityDao capacity, CallsProperties properties,
            WaveReplanner replanner, CallSheets sheets, OutputGate gate, TransactionTemplate tx) {
        this.dao = dao;
        this.calls = calls;
        this.capacity = capacity;
        this.properties = properties;
        this.replanner = replanner;
        this.sheets = sheets;
        this.gate = gate;
        this.tx = tx;
    }

    /**
     * Closes (EXCLU, OPPOSITION) every case of the young person that is still open or waits for the
     * closing to route it (A_APPELER, INJOIGNABLE, SANS_NUMERO): nobody who objected is called or
     * sent to a partner's outreach. Cases with a final outcome keep it.
     */
    public Closed closeAsOpposed(long personId, LocalDateTime at, String details) {
        List<String> closed = new ArrayList<>();
        Set<String> waves = new LinkedHashSet<>();
        int removed = 0;
        for (JdbcCaseChangesDao.UndecidedCase c : dao.undecidedCases(personId)) {
            if (c.status() != CaseStatus.A_APPELER && !c.status().isUnreachable()) {
                continue;
            }
            removed += givePlansBack(c.idAppel(), c.period());
            dao.excludeAsOpposed(c.idAppel(), at, details);
            closed.add(c.idAppel());
            if (c.status() == CaseStatus.A_APPELER) {
                waves.add(c.waveId());
            }
        }
        rewriteAfterCommit(waves);
        return new Closed(closed, removed, waves);
    }

    /** The case's planned attempts removed, their days' capacity given back; returns how many. */
    int givePlansBack(String idAppel, CallingPeriod period) {
        List<LocalDate> days = dao.plannedDays(idAppel);
        if (days.isEmpty()) {
            return 0;
        }
        StoredCapacityLedger ledger = new StoredCapacityLedger(capacity, properties.capaciteJournaliere(), period);
        days.forEach(ledger::release);
        ledger.flush();
        return dao.deletePlans(idAppel);
    }

    /**
     * Gives a number to every case of the young person that lacks it; re-plans the open ones.
     *
     * @return the waves whose open cases got the number
     */
    public Set<String> addNumber(long personId, CallNumber number) {
        Set<String> waves = new TreeSet<>();
        for (Map.Entry<String, CaseStatus> c : dao.casesWithStatus(personId).entrySet()) {
            if (!dao.numbers(c.getKey()).contains(number.number())) {
                dao.insertNumber(c.getKey(), number);
                if (c.getValue() == CaseStatus.A_APPELER) {
                    waves.add(dao.waveOf(c.getKey()));
                }
            }
        }
        replanAndRewrite(waves);
        return waves;
    }

    /**
     * Takes a number away from every case of the young person (an open case left without any
     * number becomes unreachable); re-plans the open ones.
     *
     * @return the waves whose open cases lost the number
     */
    public Set<String> withdrawNumber(long personId, String number) {
        Set<String> waves = new TreeSet<>();
        for (Map.Entry<String, CaseStatus> c : dao.casesWithStatus(personId).entrySet()) {
            if (dao.deleteNumber(c.getKey(), number) > 0 && c.getValue() == CaseStatus.A_APPELER) {
                if (dao.numbers(c.getKey()).isEmpty()) {
                    calls.period(dao.waveOf(c.getKey())).ifPresent(p -> givePlansBack(c.getKey(), p));
                    dao.closeWithoutNumber(c.getKey(), LocalDateTime.now());
                }
                waves.add(dao.waveOf(c.getKey()));
            }
        }
        replanAndRewrite(waves);
        return waves;
    }

    /**
     * The numbers a later list (or a rectification) brought for young people of the wave whose case
     * is open, given to that case; the wave is re-planned when there were any. Its own transaction
     * when the caller has none.
     *
     * @return the numbers added
     */
    public int takeNewNumbers(String waveId) {
        return tx.execute(status -> {
            Map<Long, String> open = dao.openCases(waveId);
            if (open.isEmpty()) {
                return 0;
            }
            Map<String, Set<String>> onRecord = dao.waveNumbers(waveId);
            Map<Long, List<CallNumber>> added = dao.addedNumbers(waveId);
            List<WavePerson> persons = calls.wavePersons(waveId).stream()
                    .filter(p -> open.containsKey(p.personId())).toList();
            OutputGate.WithdrawnNumbers withdrawn = gate.withdrawnNumbers(open.keySet());
            int n = 0;
            for (WavePerson p : persons) {
                String id = open.get(p.personId());
                Set<String> known = onRecord.computeIfAbsent(id, k -> new java.util.HashSet<>());
                for (CallNumber number : merge(p.numbers(), added.getOrDefault(p.personId(), List.of()))) {
                    if (!withdrawn.contains(p.personId(), number.number()) && known.add(number.number())) {
                        dao.insertNumber(id, number);
                        n++;
                    }
                }
            }
            if (n > 0) {
                replanAndRewrite(Set.of(waveId));
            }
            return n;
        });
    }

    /** A young person's numbers for a new case: the lists' ones and the added ones, less the withdrawn. */
    static List<CallNumber> numbersFor(WavePerson person, Collection<CallNumber> added,
            OutputGate.WithdrawnNumbers withdrawn) {
        return merge(person.numbers(), added).stream()
                .filter(n -> !withdrawn.contains(person.personId(), n.number())).toList();
    }

    private static List<CallNumber> merge(List<CallNumber> fromLists, Collection<CallNumber> added) {
        List<CallNumber> all = new ArrayList<>(fromLists);
        for (CallNumber a : added) {
            if (all.stream().noneMatch(n -> n.number().equals(a.number()))) {
                all.add(a);
            }
        }
        return all;
    }

    /** Re-plans the open cases of these waves now; their sheets and upcoming daily lists after commit. */
    public void replanAndRewrite(Collection<String> waves) {
        for (String waveId : waves) {
            if (calls.period(waveId).isPresent()) {
                replanner.replan(waveId, calls.callableCases(waveId).stream().map(WaveCase::rebuild).toList(),
                        LocalDateTime.MIN);
            }
        }
        rewriteAfterCommit(waves);
    }

    private void rewriteAfterCommit(Collection<String> waves) {
        if (waves.isEmpty()) {
            return;
        }
        List<String> copy = List.copyOf(waves);
        Runnable rewrite = () -> copy.forEach(w -> {
            sheets.writeSheet(w);
            sheets.rewriteUpcomingDue(w);
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    rewrite.run();
                }
            });
        } else {
            rewrite.run();
        }
    }
}
