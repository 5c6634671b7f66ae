package fr.raccrochage.calls;

import fr.raccrochage.core.cases.CaseStatus;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
  * One young person's call case in one wave. The status is recomputed from all results recorded
  * so far, never patched step by step: result files arrive in any order and may repeat lines, and
  * recomputing makes the outcome independent of that order.
  */
public final class CallCase {

    private final CallCaseId id;
    private final CallingPeriod period;
    private final List<CallNumber> numbers;
    private final TreeMap<Integer, AttemptResult> results = new TreeMap<>();
    // Numbers withdrawn outside the calls (an SMS the network could not deliver): never dialled again.
    private final java.util.Set<String> withdrawn = new java.util.HashSet<>();
    private List<PlannedAttempt> plan = List.of();
    // The kept callback between the two halves of a re-plan.
    private List<PlannedAttempt> callbackPlanned = List.of();
    private CaseStatus status;

    private CallCase(CallCaseId id, CallingPeriod period, List<CallNumber> numbers) {
        this.id = id;
        this.period = period;
        this.numbers = List.copyOf(numbers);
        this.status = numbers.isEmpty() ? CaseStatus.SANS_NUMERO : CaseStatus.A_APPELER;
    }

    /** A new case; with no usable number it is SANS_NUMERO at once and never planned. */
    public static CallCase open(CallCaseId id, CallingPeriod period, List<CallNumber> usableNumbers) {
        return new CallCase(id, period, usableNumbers);
    }

    public CallCaseId id() {
        return id;
    }

    public CaseStatus status() {
        return status;
    }

    /** Attempts still to make, in time order (empty once closed). */
    public List<PlannedAttempt> plan() {
        return plan;
    }

    public Map<Integer, AttemptResult> results() {
        return java.util.Collections.unmodifiableMap(results);
    }

    /** OPPOSITION must be copied onto the person so that no later wave calls them. */
    public boolean opposition() {
        return status == CaseStatus.OPPOSITION;
    }

    /** Numbers not dropped by FAUX_NUMERO or NUMERO_INVALIDE, nor withdrawn outside the calls. */
    public List<CallNumber> usableNumbers() {
        List<String> dropped = results.values().stream()
                .filter(r -> r.outcome().dropsNumber())
                .map(AttemptResult::number)
                .toList();
        return numbers.stream().filter(n -> !dropped.contains(n.number()) && !withdrawn.contains(n.number())).toList();
    }

    /**
      * Withdraws numbers known to be dead from outside the calls (an SMS reported undeliverable):
      * they are treated as a NUMERO_INVALIDE, and an open case left without a number is unreachable.
      */
    public void withdraw(Collection<String> deadNumbers) {
        withdrawn.addAll(deadNumbers);
        if (status == CaseStatus.A_APPELER && usableNumbers().isEmpty()) {
            status = CaseStatus.INJOIGNABLE;
            plan = List.of();
        }
    }

    /**
      * Records one result. Returns the French reason when the line is refused; a line identical to
      * one already recorded is accepted and changes nothing (a file may be imported twice).
      */
    public Optional<String> apply(AttemptResult r) {
        if (status == CaseStatus.SANS_NUMERO) {
            return Optional.of("dossier sans numéro exploitable, aucun appel prévu");
        }
        if (r.attempt() < 1 || r.attempt() > CallPlanner.MAX_ATTEMPTS) {
            return Optional.of("tentative " + r.attempt() + " hors de 1 à " + CallPlanner.MAX_ATTEMPTS);
        }
        AttemptResult known = results.get(r.attempt());
        if (known != null) {
            return known.equals(r)
                    ? Optional.empty()
                    : Optional.of("tentative " + r.attempt() + " déjà enregistrée avec un autre résultat");
        }
        if (!period.contains(r.at())) {
            return Optional.of("DATE_APPEL " + fr.raccrochage.core.text.FrenchFormat.dateTime(r.at())
                    + " hors de la période d'appels de la vague (du " + fr.raccrochage.core.text.FrenchFormat.date(period.debut())
                    + " au " + fr.raccrochage.core.text.FrenchFormat.date(period.fin()) + ")");
        }
        if (r.outcome() == CallOutcome.RAPPEL && r.callbackAt() == null) {
            return Optional.of("DATE_RAPPEL manquante pour un RAPPEL");
        }
        Optional<Map.Entry<Integer, AttemptResult>> closing = finalResult();
        if (closing.isPresent() && r.attempt() > closing.get().getKey()) {
            return Optional.of("dossier déjà clos par la tentative " + closing.get().getKey() + " ("
                    + closing.get().getValue().outcome() + ")");
        }
        results.put(r.attempt(), r);
        status = computeStatus();
        if (status.isClosed()) {
            plan = List.of();
        }
        return Optional.empty();
    }

    private Optional<Map.Entry<Integer, AttemptResult>> finalResult() {
        return results.entrySet().stream().filter(e -> e.getValue().outcome().isFinal()).findFirst();
    }

    private CaseStatus computeStatus() {
        Optional<Map.Entry<Integer, AttemptResult>> closing = finalResult();
        if (closing.isPresent()) {
            return closing.get().getValue().outcome().closesAs();
        }
        if (usableNumbers().isEmpty() || results.lastKey() >= CallPlanner.MAX_ATTEMPTS) {
            return CaseStatus.INJOIGNABLE;
        }
        return CaseStatus.A_APPELER;
    }

    /** The callback asked for by the last recorded attempt, if nothing happened since. */
    Optional<AttemptResult> pendingCallback() {
        if (status != CaseStatus.A_APPELER || results.isEmpty()) {
            return Optional.empty();
        }
        AttemptResult last = results.lastEntry().getValue();
        return last.outcome() == CallOutcome.RAPPEL ? Optional.of(last) : Optional.empty();
    }

    /**
      * Re-plans the attempts still to come, from {@code now}: after each import, with the latest
      * slot weights. The previous plan's reservations are given back to the ledger first. A pending
      * RAPPEL becomes the next attempt, at the requested time snapped into calling hours, on the
      * number that asked for it; the other attempts follow it.
      */
    public CallPlan replan(LocalDateTime now, CallPlanner planner, CapacityLedger ledger,
            SlotWeights weights) {
        CallPlanner.Request rest = startReplan(now, planner, ledger);
        return finishReplan(planner.plan(rest, ledger, weights));
    }

    /**
      * Re-plans several cases together (a wave after an import, or when new young people join it):
      * first every old plan is given back and every promised callback reserved, then the other
      * attempts share the capacity left in rounds ({@link CallPlanner#planInRounds}), so that when
      * it is short nobody gets a second attempt before everybody has a first.
      */
    public static void replanAll(List<CallCase> cases, LocalDateTime now, CallPlanner planner, CapacityLedger ledger,
            SlotWeights weights) {
        List<CallPlanner.Request> requests = new ArrayList<>(cases.size());
        for (CallCase c : cases) {
            requests.add(c.startReplan(now, planner, ledger));
        }
        List<CallPlan> plans = planner.planInRounds(requests, ledger, weights);
        for (int i = 0; i < cases.size(); i++) {
            cases.get(i).finishReplan(plans.get(i));
        }
    }

    /** Gives back the old plan, keeps a pending callback; returns what is left for the planner. */
    private CallPlanner.Request startReplan(LocalDateTime now, CallPlanner planner, CapacityLedger ledger) {
        release(ledger, plan);
        plan = List.of();
        callbackPlanned = List.of();
        if (status.isClosed()) {
            return new CallPlanner.Request(id, now, period.fin(), List.of(), 1, 0, List.of(), 0);
        }
        int next = results.isEmpty() ? 1 : results.lastKey() + 1;
        int count = CallPlanner.MAX_ATTEMPTS - next + 1;
        List<CallNumber> usable = usableNumbers();
        List<LocalDateTime> fixed = new ArrayList<>(results.values().stream().map(AttemptResult::at).toList());
        LocalDateTime from = latest(now, period.debut().atStartOfDay());
        if (!results.isEmpty()) {
            from = latest(from, results.lastEntry().getValue().at().plus(planner.minGap()));
        }
        Optional<AttemptResult> callback = pendingCallback();
        if (callback.isPresent()) {
            LocalDateTime at = planner.hours().snap(latest(callback.get().callbackAt(), now));
            if (!at.toLocalDate().isAfter(period.fin())) {
                // A callback was promised to the young person: it is kept even on a full day.
                ledger.reserve(at.toLocalDate());
                CallNumber phone = usable.stream()
                        .filter(n -> n.number().equals(callback.get().number()))
                        .findFirst()
                        .orElse(usable.get(0));
                callbackPlanned = List.of(new PlannedAttempt(next, at, phone));
                fixed.add(at);
                from = at.plus(planner.minGap());
                next++;
                count--;
            }
        }
        return new CallPlanner.Request(id, from, period.fin(), usable, next, count, fixed,
                results.size() + callbackPlanned.size());
    }

    private CallPlan finishReplan(CallPlan rest) {
        if (status.isClosed()) {
            return new CallPlan(List.of(), 0);
        }
        List<PlannedAttempt> planned = new ArrayList<>(callbackPlanned);
        planned.addAll(rest.attempts());
        plan = List.copyOf(planned);
        callbackPlanned = List.of();
        return new CallPlan(plan, CallPlanner.MAX_ATTEMPTS - (results.isEmpty() ? 0 : results.lastKey()));
    }

    private static void release(CapacityLedger ledger, Collection<PlannedAttempt> attempts) {
        for (PlannedAttempt a : attempts) {
            ledger.release(a.at().toLocalDate());
        }
    }

    private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
