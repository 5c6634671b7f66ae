package fr.raccrochage.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void shouldCloseEveryStatusButTheOneStillCalled() {
        assertThat(Arrays.stream(CaseStatus.values()).filter(s -> !s.isClosed())).containsExactly(CaseStatus.A_APPELER);
    }

    @Test
    void shouldCountAsReachedOnlyTheOutcomesSomeoneGaveOnThePhone() {
        assertThat(Arrays.stream(CaseStatus.values()).filter(CaseStatus::isReachedOutcome)).containsExactly(
                CaseStatus.EN_SOLUTION, CaseStatus.ORIENTE_ML, CaseStatus.ORIENTE_CIO, CaseStatus.REFUS,
                CaseStatus.OPPOSITION, CaseStatus.DEMENAGE);
    }

    @Test
    void shouldReadOnlyStoredStatusesItKnows() {
        assertThat(CaseStatus.parse("INJOIGNABLE")).contains(CaseStatus.INJOIGNABLE);
        assertThat(CaseStatus.parse("RAPPEL")).isEmpty();
        assertThat(CaseStatus.INJOIGNABLE.isUnreachable()).isTrue();
    }
}
