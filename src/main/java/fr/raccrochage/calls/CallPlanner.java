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
  * Plans a case's attempts. Greedy: among every (calling day, slot) left in the period, take the
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
            List<PhoneNumber> numbers,
            int firstAttempt,
            int count,
            List<LocalDateTime> fixed,
            int rotationStart) {}

    /** A fresh plan of up to 10 attempts from the start of the period. */
    public CallPlan plan(CallCaseId id, LocalDate debut, LocalDate fin, List<PhoneNumber> numbers,
            CapacityLedger ledger, SlotWeights weights) {
        return plan(new Request(id, debut.atStartOfDay(), fin, numbers, 1, MAX_ATTEMPTS, List.of(), 0),
                ledger, weights);
    }

    public CallPlan plan(Request r, CapacityLedger ledger, SlotWeights weights) {
        if (r.numbers().isEmpty() || r.count() <= 0) {
            return new CallPlan(List.of(), Math.max(0, r.count()));
        }
        Random random = new Random(r.id().seed() ^ r.firstAttempt());
        List<Candidate> candidates = candidates(r.from(), r.fin(), random);
        List<LocalDateTime> chosen = new ArrayList<>(r.fixed());
        Set<LocalDate> days = new HashSet<>();
        Set<java.time.DayOfWeek> weekdays = EnumSet.noneOf(java.time.DayOfWeek.class);
        Set<TimeSlot> slots = EnumSet.noneOf(TimeSlot.class);
        for (LocalDateTime t : r.fixed()) {
            days.add(t.toLocalDate());
            weekdays.add(t.getDayOfWeek());
            TimeSlot.of(t).ifPresent(slots::add);
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(r.from().toLocalDate(), r.fin()) + 1);
        long firstDay = r.from().toLocalDate().toEpochDay();
        for (Candidate c : candidates) {
            // The parts of the score that do not change while this case is planned.
            c.base = weights.weight(c.dayOfWeek, c.slot) * (1.0 - 0.3 * (c.day.toEpochDay() - firstDay) / span)
                    * c.jitter;
        }
        List<LocalDateTime> planned = new ArrayList<>();
        while (planned.size() < r.count()) {
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
            if (best == null) {
                break;
            }
            best.taken = true;
            if (!ledger.tryReserve(best.at.toLocalDate())) {
                // Day full: drop every candidate of that day and look again.
                LocalDate full = best.at.toLocalDate();
                candidates.stream().filter(c -> c.at.toLocalDate().equals(full)).forEach(c -> c.taken = true);
                continue;
            }
            chosen.add(best.at);
            planned.add(best.at);
            days.add(best.at.toLocalDate());
            weekdays.add(best.at.getDayOfWeek());
            slots.add(best.slot);
        }
        planned.sort(Comparator.naturalOrder());
        List<PhoneNumber> rotation = r.numbers().stream().sorted(PhoneNumber.ROTATION_ORDER).toList();
        List<PlannedAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            PhoneNumber phone = rotation.get((r.rotationStart() + i) % rotation.size());
            attempts.add(new PlannedAttempt(r.firstAttempt() + i, planned.get(i), phone));
        }
        return new CallPlan(attempts, r.count());
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
