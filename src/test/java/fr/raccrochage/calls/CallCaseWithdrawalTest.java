package fr.raccrochage.calls;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.core.cases.CaseStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A number withdrawn outside the calls (an SMS reported undeliverable) is treated as a NUMERO_INVALIDE. */
class CallCaseWithdrawalTest {

    static final CallingPeriod PERIOD = new CallingPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 28));
    static final CallNumber MOBILE = new CallNumber("+33612000001", CallNumber.Owner.JEUNE, CallNumber.Type.MOBILE);
    static final CallNumber LANDLINE = new CallNumber("+33145000001", CallNumber.Owner.RESP1, CallNumber.Type.FIXE);

    private final CallPlanner planner = CallPlanner.defaults();
    private final InMemoryCapacityLedger ledger = new InMemoryCapacityLedger(1000);

    @Test
    void shouldNeverDialAWithdrawnNumberAgain() {
        CallCase c = CallCase.open(CallCaseId.of("2026-4", 1), PERIOD, List.of(MOBILE, LANDLINE));

        c.withdraw(List.of(MOBILE.number()));
        c.replan(LocalDateTime.of(2026, 11, 2, 0, 0), planner, ledger, SlotWeights.uniform());

        assertThat(c.status()).isEqualTo(CaseStatus.A_APPELER);
        assertThat(c.usableNumbers()).containsExactly(LANDLINE);
        assertThat(c.plan()).hasSize(10).allSatisfy(a -> assertThat(a.phone()).isEqualTo(LANDLINE));
    }

    @Test
    void shouldBeUnreachableWhenItsLastNumberIsWithdrawn() {
        CallCase c = CallCase.open(CallCaseId.of("2026-4", 2), PERIOD, List.of(MOBILE));
        c.replan(LocalDateTime.of(2026, 11, 2, 0, 0), planner, ledger, SlotWeights.uniform());

        c.withdraw(List.of(MOBILE.number()));

        assertThat(c.status()).isEqualTo(CaseStatus.INJOIGNABLE);
        assertThat(c.plan()).isEmpty();
        assertThat(c.replan(LocalDateTime.of(2026, 11, 3, 0, 0), planner, ledger, SlotWeights.uniform()).attempts())
                .isEmpty();
    }
}
