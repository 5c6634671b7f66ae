package fr.raccrochage.calls;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.calls.ReplanGuard.AttemptKey;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule a re-plan after a results import must pass before it is written. */
class ReplanGuardTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final LocalDate NEXT_DAY = MONDAY.plusDays(1);
    final ReplanGuard guard = new ReplanGuard(0.3);

    /** Ten cases, ten attempts each, on ten consecutive days from Monday. */
    static Map<AttemptKey, LocalDate> tenCases(int shiftedCases, int days) {
        Map<AttemptKey, LocalDate> plan = new HashMap<>();
        for (int c = 0; c < 10; c++) {
            for (int a = 1; a <= 10; a++) {
                plan.put(new AttemptKey("V1-00000" + c, a), MONDAY.plusDays(a).plusDays(c < shiftedCases ? days : 0));
            }
        }
        return plan;
    }

    @Test
    void shouldKeepAReplanThatMovesAttemptsByAFewDays() {
        ReplanGuard.Change change = ReplanGuard.compare(tenCases(0, 0), tenCases(10, 2), MONDAY.plusDays(3), Set.of());

        assertThat(change.delayed()).isZero();
        assertThat(guard.verdict(change)).isEmpty();
    }

    @Test
    void shouldHoldAReplanThatPushesTooManyAttemptsBackByMoreThanFourDays() {
        ReplanGuard.Change change = ReplanGuard.compare(tenCases(0, 0), tenCases(4, 13), null, Set.of());

        assertThat(change.delayed()).isEqualTo(40);
        assertThat(guard.verdict(change)).hasValueSatisfying(reason -> assertThat(reason).isEqualTo(
                "la replanification repousserait de plus de 4 jours 40 tentatives sur 100 (40 %, au-delà des 30 % admis "
                        + "par raccrochage.appels.part-max-repoussee)"));
        assertThat(guard.verdict(ReplanGuard.compare(tenCases(0, 0), tenCases(3, 13), null, Set.of()))).isEmpty();
    }

    @Test
    void shouldIgnoreTheCasesTheFileReportedOn() {
        // A callback asked for in two weeks rightly moves that case, and only it.
        Set<String> reported = Set.of("V1-000000", "V1-000001", "V1-000002", "V1-000003");

        ReplanGuard.Change change = ReplanGuard.compare(tenCases(0, 0), tenCases(4, 13), null, reported);

        assertThat(change.plannedBefore()).isEqualTo(60);
        assertThat(change.delayed()).isZero();
        assertThat(guard.verdict(change)).isEmpty();
    }

    @Test
    void shouldHoldAReplanThatEmptiesTheNextCallingDay() {
        Map<AttemptKey, LocalDate> before = Map.of(new AttemptKey("V1-000001", 2), NEXT_DAY,
                new AttemptKey("V1-000002", 2), NEXT_DAY, new AttemptKey("V1-000003", 2), NEXT_DAY.plusDays(1));
        Map<AttemptKey, LocalDate> after = Map.of(new AttemptKey("V1-000001", 2), NEXT_DAY.plusDays(1),
                new AttemptKey("V1-000002", 2), NEXT_DAY.plusDays(2), new AttemptKey("V1-000003", 2), NEXT_DAY.plusDays(2));

        ReplanGuard.Change change = ReplanGuard.compare(before, after, NEXT_DAY, Set.of());

        assertThat(guard.verdict(change)).hasValue("la replanification viderait le prochain jour d'appels, le 01/12/2026 "
                + "(2 tentatives prévues, 0 après)");
        // The day emptied because its cases were closed by the file: nothing to hold.
        assertThat(guard.verdict(ReplanGuard.compare(before, after, NEXT_DAY, Set.of("V1-000001", "V1-000002")))).isEmpty();
    }
}
