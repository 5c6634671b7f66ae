package fr.raccrochage.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallCaseIdTest {

    @Test
    void shouldFormatWaveAndSequence() {
        assertThat(CallCaseId.of("2026-1", 123).value()).isEqualTo("V2026-1-000123");
        assertThat(new CallCaseId("V2026-1-000123")).isEqualTo(CallCaseId.of("2026-1", 123));
    }

    @Test
    void shouldRefuseMalformedIds() {
        assertThatThrownBy(() -> new CallCaseId("1234567890A")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallCaseId.of("2026-1", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
