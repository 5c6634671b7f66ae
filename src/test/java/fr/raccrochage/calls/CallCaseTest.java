package fr.raccrochage.calls;

import static fr.raccrochage.calls.CallPlannerTest.JEUNE_MOBILE;
import static fr.raccrochage.calls.CallPlannerTest.RESP1_MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.core.cases.CaseStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CallCaseTest {

    static final CallingPeriod PERIOD = new CallingPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 28));
    static final LocalDateTime MONDAY_10H = LocalDateTime.of(2026, 11, 2, 10, 0);

    private final CallPlanner planner = CallPlanner.defaults();
    private final InMemoryCapacityLedger ledger = new InMemoryCapacityLedger(1000);

    private CallCase newCase(CallNumber... numbers) {
        CallCase c = CallCase.open(CallCaseId.of("2026-4", 7), PERIOD, List.of(numbers));
        c.replan(PERIOD.debut().atStartOfDay(), planner, ledger, SlotWeights.uniform());
        return c;
    }

    private static AttemptResult result(int attempt, LocalDateTime at, CallNumber n, CallOutcome o) {
        return AttemptResult.of(attempt, at, n.number(), o);
    }

    @Test
    void shouldBeSansNumeroAtOnceWithoutUsableNumber() {
        CallCase c = CallCase.open(CallCaseId.of("2026-4", 8), PERIOD, List.of());

        assertThat(c.status()).isEqualTo(CaseStatus.SANS_NUMERO);
        assertThat(c.replan(MONDAY_10H, planner, ledger, SlotWeights.uniform()).attempts()).isEmpty();
        assertThat(c.apply(result(1, MONDAY_10H, JEUNE_MOBILE, CallOutcome.NRP))).contains(
                "dossier sans numéro exploitable, aucun appel prévu");
    }

    @ParameterizedTest
    @EnumSource(value = CallOutcome.class, names = {"EN_SOLUTION", "ORIENTE_ML", "ORIENTE_CIO", "REFUS", "OPPOSITION", "DEMENAGE"})
    void shouldCloseTheCaseOnEachFinalOutcome(CallOutcome outcome) {
        CallCase c = newCase(JEUNE_MOBILE);

        assertThat(outcome.isFinal()).isTrue();
        assertThat(c.apply(result(1, MONDAY_10H, JEUNE_MOBILE, outcome))).isEmpty();
        assertThat(c.status()).isEqualTo(CaseStatus.valueOf(outcome.name()));
        assertThat(c.status().isClosed()).isTrue();
        assertThat(c.plan()).isEmpty();
        assertThat(c.opposition()).isEqualTo(outcome == CallOutcome.OPPOSITION);
    }

    @ParameterizedTest
    @EnumSource(value = CallOutcome.class, names = {"NRP", "MESSAGERIE", "OCCUPE"})
    void shouldKeepCallingAfterANoContactOutcome(CallOutcome outcome) {
        CallCase c = newCase(JEUNE_MOBILE);

        assertThat(c.apply(result(1, MONDAY_10H, JEUNE_MOBILE, outcome))).isEmpty();
        assertThat(c.status()).isEqualTo(CaseStatus.A_APPELER);
        CallPlan plan = c.replan(MONDAY_10H.plusHours(1), planner, ledger, SlotWeights.uniform());
        assertThat(plan.attempts()).hasSize(9);
        assertThat(plan.attempts().get(0).attempt()).isEqualTo(2);
        assertThat(plan.attempts().get(0).at()).isAfterOrEqualTo(MONDAY_10H.plusHours(4));
    }

    @ParameterizedTest
    @EnumSource(value = CallOutcome.class, names = {"FAUX_NUMERO", "NUMERO_INVALIDE"})
    void shouldDropTheNumberForLaterAttempts(CallOutcome outcome) {
        CallCase c = newCase(JEUNE_MOBILE, RESP1_MOBILE);

        c.apply(result(1, MONDAY_10H, JEUNE_MOBILE, outcome));
        CallPlan plan = c.replan(MONDAY_10H.plusHours(1), planner, ledger, SlotWeights.uniform());

        assertThat(c.status()).isEqualTo(CaseStatus.A_APPELER);
        assertThat(c.usableNumbers()).containsExactly(RESP1_MOBILE);
        assertThat(plan.attempts()).extracting(PlannedAttempt::phone).containsOnly(RESP1_MOBILE);
    }

    @Test
    void shouldBeInjoignableWhenNoNumberIsLeft() {
        CallCase c = newCase(JEUNE_MOBILE);

        c.apply(result(1, MONDAY_10H, JEUNE_MOBILE, CallOutcome.NUMERO_INVALIDE));

        assertThat(c.status()).isEqualTo(CaseStatus.INJOIGNABLE);
        assertThat(c.plan()).isEmpty();
    }

    @Test
    void shouldBeInjoignableAfterTheTenthUnsuccessfulAttempt() {
        CallCase c = newCase(JEUNE_MOBILE);
        for (int i = 1; i <= 10; i++) {
            assertThat(c.apply(result(i, MONDAY_10H.plusDays(i), JEUNE_MOBILE, CallOutcome.NRP))).isEmpty();
            assertThat(c.status()).isEqualTo(i < 10 ? CaseStatus.A_APPELER : CaseStatus.INJOIGNABLE);
        }
    }

    @Test
    void shouldPlanTheCallbackAtTheRequestedTimeSnappedIntoCallingHours() {
        CallCase c = newCase(JEUNE_MOBILE, RESP1_MOBILE);
        // RESP1 answers on Tuesday and asks to be called back Tuesday at 21:00: too late, so Wednesday 9:00.
        LocalDateTime tuesday = LocalDateTime.of(2026, 11, 3, 18, 0);
        c.apply(new AttemptResult(1, tuesday, RESP1_MOBILE.number(), CallOutcome.RAPPEL, tuesday.withHour(21)));

        CallPlan plan = c.replan(tuesday.plusMinutes(30), planner, ledger, SlotWeights.uniform());

        assertThat(c.status()).isEqualTo(CaseStatus.A_APPELER);
        assertThat(plan.attempts().get(0)).isEqualTo(
                new PlannedAttempt(2, LocalDateTime.of(2026, 11, 4, 9, 0), RESP1_MOBILE));
        assertThat(plan.attempts()).hasSize(9);
        assertThat(plan.attempts().subList(1, 9)).allSatisfy(a -> assertThat(a.at()).isAfterOrEqualTo(
                LocalDateTime.of(2026, 11, 4, 13, 0)));
    }

    @Test
    void shouldKeepAPromisedCallbackOnAFullDayAndCountIt() {
        InMemoryCapacityLedger full = new InMemoryCapacityLedger(0);
        CallCase c = CallCase.open(CallCaseId.of("2026-4", 9), PERIOD, List.of(JEUNE_MOBILE));
        LocalDateTime tuesday = LocalDateTime.of(2026, 11, 3, 11, 0);
        c.apply(new AttemptResult(1, tuesday, JEUNE_MOBILE.number(), CallOutcome.RAPPEL, tuesday.withHour(18)));

        CallPlan plan = c.replan(tuesday, planner, full, SlotWeights.uniform());

        assertThat(plan.attempts()).containsExactly(new PlannedAttempt(2, tuesday.withHour(18), JEUNE_MOBILE));
        assertThat(plan.isShort()).isTrue();
        assertThat(full.used(tuesday.toLocalDate())).isEqualTo(1);
        c.replan(tuesday.plusMinutes(5), planner, full, SlotWeights.uniform());
        assertThat(full.used(tuesday.toLocalDate())).isEqualTo(1);
    }

    @Test
    void shouldRejectAttemptsOutsideOneToTen() {
        CallCase c = newCase(JEUNE_MOBILE);

        assertThat(c.apply(result(11, MONDAY_10H, JEUNE_MOBILE, CallOutcome.NRP))).contains("tentative 11 hors de 1 à 10");
        assertThat(c.apply(result(0, MONDAY_10H, JEUNE_MOBILE, CallOutcome.NRP))).contains("tentative 0 hors de 1 à 10");
    }

    @Test
    void shouldAcceptARepeatedLineButRejectADifferentOne() {
        CallCase c = newCase(JEUNE_MOBILE);
        c.apply(result(1, MONDAY_10H, JEUNE_MOBILE, CallOutcome.NRP));

        assertThat(c.apply(result(1, MONDAY_10H, JEUNE_MOBILE, CallOutcome.NRP))).isEmpty();
        assertThat(c.apply(result(1, MONDAY_10H, JEUNE_MOBILE, CallOutcome.REFUS)))
                .contains("tentative 1 déjà enregistrée avec un autre résultat");
        assertThat(c.status()).isEqualTo(CaseStatus.A_APPELER);
    }

    @Test
    void shouldRejectADateOutsideTheWave() {
        CallCase c = newCase(JEUNE_MOBILE);

        assertThat(c.apply(result(1, LocalDateTime.of(2026, 12, 1, 10, 0), JEUNE_MOBILE, CallOutcome.NRP)))
                .contains("DATE_APPEL 01/12/2026 à 10h00 hors de la période d'appels de la vague (du 02/11/2026 au 28/11/2026)");
    }

    @Test
    void shouldRejectARappelWithoutDateAndAnAttemptAfterClosing() {
        CallCase c = newCase(JEUNE_MOBILE);

        assertThat(c.apply(result(1, MONDAY_10H, JEUNE_MOBILE, CallOutcome.RAPPEL))).contains("DATE_RAPPEL manquante pour un RAPPEL");
        c.apply(result(1, MONDAY_10H, JEUNE_MOBILE, CallOutcome.EN_SOLUTION));
        assertThat(c.apply(result(2, MONDAY_10H.plusDays(1), JEUNE_MOBILE, CallOutcome.NRP)))
                .contains("dossier déjà clos par la tentative 1 (EN_SOLUTION)");
    }

    @Test
    void shouldReachTheSameStatusWhateverTheOrderOfLines() {
        CallCase inOrder = newCase(JEUNE_MOBILE);
        CallCase reversed = newCase(JEUNE_MOBILE);
        List<AttemptResult> lines = List.of(
                result(1, MONDAY_10H, JEUNE_MOBILE, CallOutcome.NRP),
                result(2, MONDAY_10H.plusDays(1), JEUNE_MOBILE, CallOutcome.MESSAGERIE),
                result(3, MONDAY_10H.plusDays(2), JEUNE_MOBILE, CallOutcome.ORIENTE_ML));
        lines.forEach(inOrder::apply);
        for (int i = lines.size() - 1; i >= 0; i--) {
            assertThat(reversed.apply(lines.get(i))).isEmpty();
        }
        assertThat(reversed.status()).isEqualTo(inOrder.status()).isEqualTo(CaseStatus.ORIENTE_ML);
    }

    @Test
    void shouldReplanFromNowAndGiveBackTheOldReservations() {
        CallCase c = newCase(JEUNE_MOBILE);
        int reservedBefore = totalUsed();
        assertThat(reservedBefore).isEqualTo(10);

        c.apply(result(1, c.plan().get(0).at(), JEUNE_MOBILE, CallOutcome.NRP));
        LocalDateTime now = LocalDateTime.of(2026, 11, 16, 8, 0);
        CallPlan plan = c.replan(now, planner, ledger, SlotWeights.uniform());

        assertThat(plan.attempts()).isNotEmpty().allSatisfy(a -> assertThat(a.at()).isAfter(now));
        assertThat(plan.attempts().get(0).attempt()).isEqualTo(2);
        assertThat(totalUsed()).isEqualTo(plan.attempts().size());
    }

    private int totalUsed() {
        int n = 0;
        for (LocalDate d = PERIOD.debut(); !d.isAfter(PERIOD.fin()); d = d.plusDays(1)) {
            n += ledger.used(d);
        }
        return n;
    }

    @Test
    void shouldLetNewcomersShareTheCapacityWhenTheWaveIsReplanned() {
        InMemoryCapacityLedger shared = new InMemoryCapacityLedger(30);
        List<CallCase> cases = new java.util.ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            cases.add(CallCase.open(CallCaseId.of("2026-4", i), PERIOD, List.of(JEUNE_MOBILE)));
        }
        CallCase.replanAll(cases, PERIOD.debut().atStartOfDay(), planner, shared, SlotWeights.uniform());
        // 23 calling days x 30 = 690 for 100 cases: 6 or 7 each.
        assertThat(cases).allSatisfy(c -> assertThat(c.plan().size()).isBetween(6, 7));

        for (int i = 101; i <= 150; i++) {
            cases.add(CallCase.open(CallCaseId.of("2026-4", i), PERIOD, List.of(JEUNE_MOBILE)));
        }
        CallCase.replanAll(cases, PERIOD.debut().atStartOfDay(), planner, shared, SlotWeights.uniform());

        // The old plans were given back: 690 for 150 cases, 4 or 5 each, newcomers included.
        assertThat(cases).allSatisfy(c -> assertThat(c.plan().size()).isBetween(4, 5));
        assertThat(cases.stream().mapToInt(c -> c.plan().size()).sum()).isEqualTo(690);
    }

    @Test
    void shouldKeepPromisedCallbacksBeforeSharingWhatIsLeft() {
        InMemoryCapacityLedger oneADay = new InMemoryCapacityLedger(1);
        CallCase asked = CallCase.open(CallCaseId.of("2026-4", 2), PERIOD, List.of(JEUNE_MOBILE));
        LocalDateTime tuesday = LocalDateTime.of(2026, 11, 3, 11, 0);
        asked.apply(new AttemptResult(1, tuesday, JEUNE_MOBILE.number(), CallOutcome.RAPPEL, tuesday.withHour(18)));
        CallCase other = CallCase.open(CallCaseId.of("2026-4", 1), PERIOD, List.of(JEUNE_MOBILE));

        CallCase.replanAll(List.of(other, asked), tuesday.plusMinutes(1), planner, oneADay, SlotWeights.uniform());

        assertThat(asked.plan().get(0)).isEqualTo(new PlannedAttempt(2, tuesday.withHour(18), JEUNE_MOBILE));
        assertThat(other.plan()).noneMatch(a -> a.at().toLocalDate().equals(tuesday.toLocalDate()));
        assertThat(oneADay.used(tuesday.toLocalDate())).isEqualTo(1);
    }
}
