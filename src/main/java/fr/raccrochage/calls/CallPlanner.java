package fr.raccrochage.calls;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
  * Plans cases' attempts, several cases at once sharing the capacity in rounds
  * ({@link #planInRounds}). For one case, greedy: among every (calling day, slot) left in the period, take the
  * best-scoring one, then the next, each time scoring by the slot weight (adaptive part), by
  * novelty (a day, a weekday, a slot not yet used by this case score higher, so attempts are
  * spread) and a slight preference for earlier days (reaching someone sooner matters). Ties are
  * broken by a Random seeded with the case id: deterministic per case, yet cases do not all pile
  * into the same minute. Then numbers are rotated in time order.
  */
public final class CallPlanner {

    public static final int MAX_ATTEMPTS = 10;

    private final CallingHours hours;
    private final Duration minGap;
    private final int maxPerDay;

    public CallPlanner(CallingHours hours, Duration minGap, int maxPerDay) {
        if (maxPerDay < 1) {
            throw new IllegalArgumentException("maxPerDay must be >= 1");
        }
        this.hours = hours;
        this.minGap = minGap;
        this.maxPerDay = maxPerDay;
    }

    /** Default hours, a 4 h gap and at most 2 attempts a day per case. */
    public static CallPlanner defaults() {
        return new CallPlanner(CallingHours.defaults(), Duration.ofHours(4), 2);
    }

    public CallingHours hours() {
        return hours;
    }

    public Duration minGap() {
        return minGap;
    }

    /** What to plan: the case, the numbers, the attempts already fixed (done or a callback). */
    public record Request(
            CallCaseId id,
            LocalDateTime from,
            LocalDate fin,
            List<CallNumber> numbers,
            int firstAttempt,
            int count,
            List<LocalDateTime> fixed,
            int rotationStart) {}

    /** A fresh plan of up to 10 attempts from the start of the period. */
    public CallPlan plan(CallCaseId id, LocalDate debut, LocalDate fin, List<CallNumber> numbers,
            CapacityLedger ledger, SlotWeights weights) {
        return plan(new Request(id, debut.atStartOfDay(), fin, numbers, 1, MAX_ATTEMPTS, List.of(), 0),
                ledger, weights);
    }

    public CallPlan plan(Request r, CapacityLedger ledger, SlotWeights weights) {
        return planInRounds(List.of(r), ledger, weights).get(0);
    }

    /**
     * Plans several cases sharing the capacity, in rounds as a call-centre manager would: every case
     * gets its attempt n before any case gets its attempt n + 1 (a case that already has attempts
     * done or a callback starts at its own next attempt number, so it waits for the others to catch
     * up). When capacity is short, everybody thus gets as many attempts as it allows, give or take
     * one, instead of the first cases taking ten each and the last none. Within a round the cases
     * go in the order given (ID_APPEL order: deterministic). Each case's own choice is the same
     * greedy scoring as alone, so with ample capacity the plans are those of planning each case
     * alone. Returns one plan per request, in the same order.
     */
    public List<CallPlan> planInRounds(List<Request> requests, CapacityLedger ledger, SlotWeights weights) {
        List<CaseState> states = new ArrayList<>(requests.size());
        // Days found full, in the order found. Nothing is released while the cases are planned, so a
        // full day stays full: each case drops its candidates of a day once, without trying them.
        List<LocalDate> fullDays = new ArrayList<>();
        int firstRound = Integer.MAX_VALUE;
        int lastRound = 0;
        for (Request r : requests) {
            CaseState s = new CaseState(r);
            states.add(s);
            if (s.active) {
                firstRound = Math.min(firstRound, r.firstAttempt());
                lastRound = Math.max(lastRound, r.firstAttempt() + r.count() - 1);
            }
        }
        for (int round = firstRound; round <= lastRound; round++) {
            for (CaseState s : states) {
                if (s.active && s.nextAttempt() <= round) {
                    s.pickOne(ledger, weights, fullDays);
                }
            }
        }
        List<CallPlan> plans = new ArrayList<>(states.size());
        for (CaseState s : states) {
            plans.add(s.plan());
        }
        return plans;
    }

    /** One case being planned: its candidate slots and what it has chosen so far. */
    private final class CaseState {
        private final Request request;
        private final List<LocalDateTime> chosen;
        private final List<LocalDateTime> planned = new ArrayList<>();
        private final Set<LocalDate> days = new HashSet<>();
        private final Set<java.time.DayOfWeek> weekdays = EnumSet.noneOf(java.time.DayOfWeek.class);
        private final Set<TimeSlot> slots = EnumSet.noneOf(TimeSlot.class);
        private List<Candidate> candidates;
        private boolean active;
        private int fullDaysSeen;

        CaseState(Request r) {
            this.request = r;
            this.chosen = new ArrayList<>(r.fixed());
            this.active = !r.numbers().isEmpty() && r.count() > 0;
        }

        int nextAttempt() {
            return request.firstAttempt() + planned.size();
        }

        /** Candidates are built at the first pick: a case with nothing to plan costs nothing. */
        private void start(SlotWeights weights) {
            Random random = new Random(request.id().seed() ^ request.firstAttempt());
            candidates = candidates(request.from(), request.fin(), random);
            for (LocalDateTime t : request.fixed()) {
                days.add(t.toLocalDate());
                weekdays.add(t.getDayOfWeek());
                TimeSlot.of(t).ifPresent(slots::add);
            }
            long span = Math.max(1, ChronoUnit.DAYS.between(request.from().toLocalDate(), request.fin()) + 1);
            long firstDay = request.from().toLocalDate().toEpochDay();
            for (Candidate c : candidates) {
                // The parts of the score that do not change while this case is planned.
                c.base = weights.weight(c.dayOfWeek, c.slot) * (1.0 - 0.3 * (c.day.toEpochDay() - firstDay) / span)
                        * c.jitter;
            }
        }

        /** Takes this case's best slot left on a day with capacity; none left ends its planning. */
        void pickOne(CapacityLedger ledger, SlotWeights weights, List<LocalDate> fullDays) {
            if (candidates == null) {
                start(weights);
            }
            while (fullDaysSeen < fullDays.size()) {
                drop(fullDays.get(fullDaysSeen++));
            }
            while (true) {
                Candidate best = best();
                if (best == null) {
                    finish();
                    return;
                }
                best.taken = true;
                if (!ledger.tryReserve(best.day)) {
                    // Day full: drop every candidate of that day and look again.
                    fullDays.add(best.day);
                    fullDaysSeen = fullDays.size();
                    drop(best.day);
                    continue;
                }
                chosen.add(best.at);
                planned.add(best.at);
                days.add(best.day);
                weekdays.add(best.dayOfWeek);
                slots.add(best.slot);
                if (planned.size() >= request.count()) {
                    finish();
                }
                return;
            }
        }

        private void drop(LocalDate day) {
            for (Candidate c : candidates) {
                if (c.day.equals(day)) {
                    c.taken = true;
                }
            }
        }

        /** Done: the candidates go, a 9,000-case wave holds about 80 per case while it is planned. */
        private void finish() {
            active = false;
            candidates = List.of();
        }

        private Candidate best() {
            Candidate best = null;
            double bestScore = -1;
            for (Candidate c : candidates) {
                if (c.taken || !fits(c.at, chosen)) {
                    continue;
                }
                double score = c.base
                        * (days.contains(c.day) ? 0.2 : 1.0)
                        * (weekdays.contains(c.dayOfWeek) ? 0.8 : 1.0)
                        * (slots.contains(c.slot) ? 0.6 : 1.0);
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            return best;
        }

        /** The chosen times in time order, numbers rotated over them. */
        CallPlan plan() {
            if (request.numbers().isEmpty() || request.count() <= 0) {
                return new CallPlan(List.of(), Math.max(0, request.count()));
            }
            List<LocalDateTime> times = new ArrayList<>(planned);
            times.sort(Comparator.naturalOrder());
            List<CallNumber> rotation = request.numbers().stream().sorted(CallNumber.ROTATION_ORDER).toList();
            List<PlannedAttempt> attempts = new ArrayList<>(times.size());
            for (int i = 0; i < times.size(); i++) {
                CallNumber phone = rotation.get((request.rotationStart() + i) % rotation.size());
                attempts.add(new PlannedAttempt(request.firstAttempt() + i, times.get(i), phone));
            }
            return new CallPlan(attempts, request.count());
        }
    }

    private boolean fits(LocalDateTime t, List<LocalDateTime> chosen) {
        int sameDay = 0;
        for (LocalDateTime c : chosen) {
            if (Duration.between(c, t).abs().compareTo(minGap) < 0) {
                return false;
            }
            if (c.toLocalDate().equals(t.toLocalDate())) {
                sameDay++;
            }
        }
        return sameDay < maxPerDay;
    }

    /** One start time per (calling day, slot): a seeded quarter-hour inside the slot and the window. */
    private List<Candidate> candidates(LocalDateTime from, LocalDate fin, Random random) {
        List<Candidate> out = new ArrayList<>();
        Map<LocalDate, Boolean> seen = new HashMap<>();
        for (LocalDate d = from.toLocalDate(); !d.isAfter(fin); d = d.plusDays(1)) {
            var window = hours.window(d);
            if (window.isEmpty() || seen.put(d, true) != null) {
                continue;
            }
            for (TimeSlot slot : TimeSlot.of(d.getDayOfWeek())) {
                LocalTime start = max(slot.start(), window.get().start());
                LocalTime end = min(slot.end(), window.get().end());
                int quarters = (int) (Duration.between(start, end).toMinutes() / 15);
                if (quarters <= 0) {
                    continue;
                }
                LocalDateTime at = d.atTime(start.plusMinutes(15L * random.nextInt(quarters)));
                double jitter = 1.0 + 0.05 * random.nextDouble();
                if (at.isBefore(from)) {
                    continue;
                }
                out.add(new Candidate(at, slot, jitter));
            }
        }
        return out;
    }

    private static LocalTime max(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime min(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static final class Candidate {
        final LocalDateTime at;
        final LocalDate day;
        final java.time.DayOfWeek dayOfWeek;
        final TimeSlot slot;
        final double jitter;
        double base;
        boolean taken;

        Candidate(LocalDateTime at, TimeSlot slot, double jitter) {
            this.at = at;
            this.day = at.toLocalDate();
            this.dayOfWeek = at.getDayOfWeek();
            this.slot = slot;
            this.jitter = jitter;
        }
    }
}
