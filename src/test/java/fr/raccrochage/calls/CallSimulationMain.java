package fr.raccrochage.calls;

import fr.raccrochage.sample.CallResultSimulator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
  * Fixed versus adaptive planning on synthetic results: the chance that someone answers depends
  * only on the time of day (evenings and lunch are better, as for young people at school or work).
  * Both strategies re-plan every open case after each daily import; they differ only in the slot
  * weights (uniform versus {@link ContactRates} of the wave so far). Draws use common random
  * numbers (one uniform per case and attempt number), so the difference is not sampling noise.
  *
  * <p>Usage: {@code CallSimulationMain [cases=3000] [seed=1]}
  */
public final class CallSimulationMain {

    static final Map<TimeSlot, Double> CONTACT = CallResultSimulator.CONTACT;

    static final CallingPeriod PERIOD = new CallingPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 28));

    /** Figures of one strategy. */
    public record Outcome(String strategy, int cases, int reached, double meanAttemptsToReach,
            double meanAttemptsPerCase, double meanDaysToReach) {

        double shareReached() {
            return (double) reached / cases;
        }

        /** Call-centre effort per young person reached: fair to both strategies, unlike the mean above. */
        double attemptsPerReached() {
            return reached == 0 ? 0 : meanAttemptsPerCase * cases / reached;
        }
    }

    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        System.out.printf("Synthetic contact probability by slot: %s; period %s to %s; %d cases, seed %d%n",
                CONTACT, PERIOD.debut(), PERIOD.fin(), cases, seed);
        for (boolean adaptive : new boolean[] {false, true}) {
            Outcome o = run(cases, seed, adaptive);
            System.out.printf("%-8s reached within 10 attempts: %5.1f %% | mean attempts to reach: %.2f"
                            + " | attempts per case: %.2f | attempts per person reached: %.2f"
                            + " | mean days to reach: %.1f%n",
                    o.strategy(), 100 * o.shareReached(), o.meanAttemptsToReach(), o.meanAttemptsPerCase(),
                    o.attemptsPerReached(), o.meanDaysToReach());
        }
    }

    public static Outcome run(int n, long seed, boolean adaptive) {
        CallPlanner planner = CallPlanner.defaults();
        CapacityLedger ledger = new InMemoryCapacityLedger(Integer.MAX_VALUE);
        CallNumber phone = new CallNumber("0600000000", CallNumber.Owner.JEUNE, CallNumber.Type.MOBILE);
        List<CallCase> open = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            open.add(CallCase.open(CallCaseId.of("SIM", i), PERIOD, List.of(phone)));
        }
        CallCase.replanAll(open, PERIOD.debut().atStartOfDay(), planner, ledger, SlotWeights.uniform());
        List<AttemptResult> all = new ArrayList<>();
        int reached = 0;
        long attemptsToReach = 0;
        long attempts = 0;
        long daysToReach = 0;
        for (LocalDate day = PERIOD.debut(); !day.isAfter(PERIOD.fin()); day = day.plusDays(1)) {
            List<CallCase> stillOpen = new ArrayList<>();
            for (int idx = 0; idx < open.size(); idx++) {
                CallCase c = open.get(idx);
                for (PlannedAttempt a : c.plan()) {
                    if (!a.at().toLocalDate().equals(day) || c.status().isClosed()) {
                        continue;
                    }
                    boolean contact = draw(seed, c.id(), a.attempt()) < CONTACT.getOrDefault(a.slot().orElse(null), 0.0);
                    AttemptResult r = AttemptResult.of(a.attempt(), a.at(), a.phone().number(),
                            contact ? CallOutcome.EN_SOLUTION : CallOutcome.NRP);
                    c.apply(r);
                    all.add(r);
                    attempts++;
                    if (contact) {
                        reached++;
                        attemptsToReach += a.attempt();
                        daysToReach += day.toEpochDay() - PERIOD.debut().toEpochDay();
                    }
                }
                if (!c.status().isClosed()) {
                    stillOpen.add(c);
                }
            }
            open = stillOpen;
            // The evening import: re-plan what remains, with the rates learnt so far if adaptive.
            SlotWeights weights = adaptive ? ContactRates.of(all).toWeights() : SlotWeights.uniform();
            LocalDateTime now = day.plusDays(1).atStartOfDay();
            CallCase.replanAll(open, now, planner, ledger, weights);
        }
        return new Outcome(adaptive ? "adaptive" : "fixed", n, reached,
                reached == 0 ? 0 : (double) attemptsToReach / reached, (double) attempts / n,
                reached == 0 ? 0 : (double) daysToReach / reached);
    }

    /** A uniform number fixed by (seed, case, attempt): both strategies face the same luck. */
    private static double draw(long seed, CallCaseId id, int attempt) {
        return new SplittableRandom(seed * 1_000_003L + id.seed() * 31 + attempt).nextDouble();
    }
}
