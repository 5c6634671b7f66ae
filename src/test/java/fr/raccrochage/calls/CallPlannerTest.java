package fr.raccrochage.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallPlannerTest {

    static final CallNumber JEUNE_MOBILE = new CallNumber("0612345678", CallNumber.Owner.JEUNE, CallNumber.Type.MOBILE);
    static final CallNumber RESP1_MOBILE = new CallNumber("0698765432", CallNumber.Owner.RESP1, CallNumber.Type.MOBILE);
    static final CallNumber RESP2_FIXE = new CallNumber("0145678901", CallNumber.Owner.RESP2, CallNumber.Type.FIXE);

    // Four weeks including 11 November.
    static final LocalDate DEBUT = LocalDate.of(2026, 11, 2);
    static final LocalDate FIN = LocalDate.of(2026, 11, 28);

    private final CallPlanner planner = CallPlanner.defaults();
    private final CallCaseId id = CallCaseId.of("2026-4", 42);

    private CallPlan plan(List<CallNumber> numbers, CapacityLedger ledger) {
        return planner.plan(id, DEBUT, FIN, numbers, ledger, SlotWeights.uniform());
    }

    @Test
    void shouldPlanTenAttemptsInsideCallingHoursNeverOnHolidaysOrSundays() {
        CallPlan plan = plan(List.of(JEUNE_MOBILE), new InMemoryCapacityLedger(1000));

        assertThat(plan.attempts()).hasSize(10);
        assertThat(plan.isShort()).isFalse();
        assertThat(plan.attempts()).extracting(PlannedAttempt::attempt).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(plan.attempts()).allSatisfy(a -> {
            assertThat(CallingHours.defaults().isOpen(a.at())).isTrue();
            assertThat(a.at().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
            assertThat(a.at().toLocalDate()).isNotEqualTo(LocalDate.of(2026, 11, 11));
            assertThat(a.at().toLocalDate()).isBetween(DEBUT, FIN);
        });
    }

    @Test
    void shouldKeepTheMinimumGapAndAtMostTwoAttemptsADay() {
        // One week only: 6 calling days, so some days must hold two attempts.
        CallPlan plan = planner.plan(id, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 21),
                List.of(JEUNE_MOBILE), new InMemoryCapacityLedger(1000), SlotWeights.uniform());

        List<LocalDateTime> times = plan.attempts().stream().map(PlannedAttempt::at).toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i))).isGreaterThanOrEqualTo(Duration.ofHours(4));
        }
        assertThat(times.stream().collect(java.util.stream.Collectors.groupingBy(LocalDateTime::toLocalDate,
                java.util.stream.Collectors.counting())).values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
    }

    @Test
    void shouldSayWhenThePeriodIsTooShort() {
        // Monday and Tuesday: at most 2 a day with a 4 h gap -> 4 attempts.
        CallPlan plan = planner.plan(id, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 17),
                List.of(JEUNE_MOBILE), new InMemoryCapacityLedger(1000), SlotWeights.uniform());

        assertThat(plan.attempts()).hasSize(4);
        assertThat(plan.isShort()).isTrue();
        assertThat(plan.missing()).isEqualTo(6);
    }

    @Test
    void shouldSpreadAttemptsOverDaysAndSlots() {
        CallPlan plan = plan(List.of(JEUNE_MOBILE), new InMemoryCapacityLedger(1000));

        assertThat(plan.attempts().stream().map(a -> a.at().toLocalDate()).distinct()).hasSize(10);
        assertThat(plan.attempts().stream().map(a -> a.slot().orElseThrow()).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(plan.attempts().stream().map(a -> a.at().getDayOfWeek()).distinct().count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void shouldRotateNumbersStartingWithTheYoungPersonsMobile() {
        CallPlan plan = plan(List.of(RESP2_FIXE, RESP1_MOBILE, JEUNE_MOBILE), new InMemoryCapacityLedger(1000));

        assertThat(plan.attempts()).extracting(PlannedAttempt::phone).startsWith(
                JEUNE_MOBILE, RESP1_MOBILE, RESP2_FIXE, JEUNE_MOBILE, RESP1_MOBILE);
    }

    @Test
    void shouldBeDeterministicForACaseId() {
        assertThat(plan(List.of(JEUNE_MOBILE), new InMemoryCapacityLedger(1000)))
                .isEqualTo(plan(List.of(JEUNE_MOBILE), new InMemoryCapacityLedger(1000)));
        CallPlan other = planner.plan(CallCaseId.of("2026-4", 43), DEBUT, FIN, List.of(JEUNE_MOBILE),
                new InMemoryCapacityLedger(1000), SlotWeights.uniform());
        assertThat(other.attempts()).extracting(PlannedAttempt::at)
                .isNotEqualTo(plan(List.of(JEUNE_MOBILE), new InMemoryCapacityLedger(1000)).attempts().stream()
                        .map(PlannedAttempt::at).toList());
    }

    @Test
    void shouldRespectTheDailyCapacitySharedAcrossCases() {
        InMemoryCapacityLedger ledger = new InMemoryCapacityLedger(3);
        for (int i = 1; i <= 20; i++) {
            planner.plan(CallCaseId.of("2026-4", i), DEBUT, FIN, List.of(JEUNE_MOBILE), ledger, SlotWeights.uniform());
        }
        for (LocalDate d = DEBUT; !d.isAfter(FIN); d = d.plusDays(1)) {
            assertThat(ledger.used(d)).isLessThanOrEqualTo(3);
        }
        // 23 calling days x 3 = 69 attempts at most for 20 cases wanting 200.
        CallPlan last = planner.plan(CallCaseId.of("2026-4", 21), DEBUT, FIN, List.of(JEUNE_MOBILE), ledger, SlotWeights.uniform());
        assertThat(last.attempts()).isEmpty();
        assertThat(last.isShort()).isTrue();
    }

    @Test
    void shouldFavourTheSlotsWithHigherWeights() {
        SlotWeights.Builder b = SlotWeights.builder();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getValue() <= 5) {
                b.put(d, TimeSlot.SOIREE, 5.0);
            }
        }
        CallPlan plan = planner.plan(id, DEBUT, FIN, List.of(JEUNE_MOBILE), new InMemoryCapacityLedger(1000), b.build());

        long evenings = plan.attempts().stream().filter(a -> a.slot().orElseThrow() == TimeSlot.SOIREE).count();
        assertThat(evenings).isGreaterThanOrEqualTo(5);
        long uniformEvenings = plan(List.of(JEUNE_MOBILE), new InMemoryCapacityLedger(1000)).attempts().stream()
                .filter(a -> a.slot().orElseThrow() == TimeSlot.SOIREE).count();
        assertThat(evenings).isGreaterThan(uniformEvenings);
    }

    // --- sharing the capacity between cases

    private static List<CallPlanner.Request> freshCases(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> new CallPlanner.Request(CallCaseId.of("2026-4", i), DEBUT.atStartOfDay(), FIN,
                        List.of(JEUNE_MOBILE, RESP1_MOBILE), 1, CallPlanner.MAX_ATTEMPTS, List.of(), 0))
                .toList();
    }

    private static java.util.IntSummaryStatistics counts(List<CallPlan> plans) {
        return plans.stream().mapToInt(p -> p.attempts().size()).summaryStatistics();
    }

    @Test
    void shouldShareAShortCapacityInRoundsSoThatNoCaseHasMoreThanOneAttemptMoreThanAnother() {
        InMemoryCapacityLedger ledger = new InMemoryCapacityLedger(100);

        List<CallPlan> plans = planner.planInRounds(freshCases(300), ledger, SlotWeights.uniform());

        // 23 calling days x 100 = 2,300 attempts for 300 cases wanting 3,000: all used, 7 or 8 each.
        java.util.IntSummaryStatistics counts = counts(plans);
        assertThat(counts.getSum()).isEqualTo(2300);
        assertThat(counts.getMin()).isEqualTo(7);
        assertThat(counts.getMax()).isEqualTo(8);
        for (LocalDate d = DEBUT; !d.isAfter(FIN); d = d.plusDays(1)) {
            assertThat(ledger.used(d)).isLessThanOrEqualTo(100);
        }
        // Every other rule still holds case by case: hours, gap, two a day, numbers rotated, spread.
        assertThat(plans).allSatisfy(plan -> {
            List<LocalDateTime> times = plan.attempts().stream().map(PlannedAttempt::at).toList();
            assertThat(times).allMatch(CallingHours.defaults()::isOpen).isSorted();
            for (int i = 1; i < times.size(); i++) {
                assertThat(Duration.between(times.get(i - 1), times.get(i))).isGreaterThanOrEqualTo(Duration.ofHours(4));
            }
            assertThat(times.stream().map(LocalDateTime::toLocalDate).distinct().count()).isGreaterThanOrEqualTo(6);
            assertThat(plan.attempts()).extracting(PlannedAttempt::phone)
                    .startsWith(JEUNE_MOBILE, RESP1_MOBILE, JEUNE_MOBILE);
            assertThat(plan.isShort()).isTrue();
        });
    }

    @Test
    void shouldGiveTheFirstAttemptsToEveryCaseBeforeSecondOnes() {
        // 23 calling days x 10 = 230 attempts for 300 cases: one each for the first 230, none twice.
        List<CallPlan> plans = planner.planInRounds(freshCases(300), new InMemoryCapacityLedger(10),
                SlotWeights.uniform());

        assertThat(counts(plans).getMax()).isEqualTo(1);
        assertThat(counts(plans).getSum()).isEqualTo(230);
    }

    @Test
    void shouldPlanTenForEveryCaseAsIfAloneWhenCapacityIsAmple() {
        List<CallPlanner.Request> requests = freshCases(300);

        List<CallPlan> plans = planner.planInRounds(requests, new InMemoryCapacityLedger(10_000), SlotWeights.uniform());

        assertThat(counts(plans).getMin()).isEqualTo(10);
        for (int i = 0; i < requests.size(); i += 37) {
            assertThat(plans.get(i)).isEqualTo(planner.plan(requests.get(i), new InMemoryCapacityLedger(10_000),
                    SlotWeights.uniform()));
        }
    }

    @Test
    void shouldStartACaseWithAttemptsDoneAtItsOwnRound() {
        // Case 1 has three attempts done: with 40 attempts left for 10 cases, the 9 new ones get their
        // first three before case 1 gets its fourth, so everybody ends with 4 or 5 attempts in all.
        LocalDateTime now = LocalDateTime.of(2026, 11, 5, 8, 0);
        List<LocalDateTime> done = List.of(LocalDateTime.of(2026, 11, 2, 10, 0), LocalDateTime.of(2026, 11, 3, 18, 0),
                LocalDateTime.of(2026, 11, 4, 12, 0));
        List<CallPlanner.Request> requests = new java.util.ArrayList<>();
        requests.add(new CallPlanner.Request(CallCaseId.of("2026-4", 1), now, FIN, List.of(JEUNE_MOBILE), 4, 7, done,
                3));
        for (int i = 2; i <= 10; i++) {
            requests.add(new CallPlanner.Request(CallCaseId.of("2026-4", i), now, FIN, List.of(JEUNE_MOBILE), 1, 10,
                    List.of(), 0));
        }
        // 20 calling days from Thursday 5 to Saturday 28 November, 2 a day.
        List<CallPlan> plans = planner.planInRounds(requests, new InMemoryCapacityLedger(2), SlotWeights.uniform());

        assertThat(plans.get(0).attempts()).extracting(PlannedAttempt::attempt).containsExactly(4, 5);
        assertThat(plans.subList(1, 10)).allSatisfy(p -> assertThat(p.attempts().size()).isBetween(4, 5));
        assertThat(counts(plans).getSum()).isEqualTo(40);
    }
}
