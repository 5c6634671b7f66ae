package fr.raccrochage.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalTest {

    @Test
    void shouldGiveWilsonsIntervalForAProportion() {
        // 40 reached out of 100: Wilson 95 % = [30.94 %, 49.80 %].
        Interval i = Interval.wilson(40, 100);
        assertThat(i.low()).isCloseTo(0.3094, within(1e-4));
        assertThat(i.high()).isCloseTo(0.4980, within(1e-4));
        // Stays within [0, 1] at the edges, where the normal approximation would not.
        assertThat(Interval.wilson(0, 10).low()).isZero();
        assertThat(Interval.wilson(10, 10).high()).isCloseTo(1.0, within(1e-12));
        assertThat(Interval.wilson(0, 0).known()).isFalse();
    }

    @Test
    void shouldGiveTheNormalIntervalOfADifferenceAndOfAMean() {
        Interval d = Interval.difference(50, 100, 40, 100);
        assertThat(d.low()).isCloseTo(0.1 - 1.96 * Math.sqrt(0.25 / 100 + 0.24 / 100), within(1e-3));
        assertThat(d.high()).isCloseTo(0.1 + 1.96 * Math.sqrt(0.25 / 100 + 0.24 / 100), within(1e-3));

        // Attempts 1, 2, 3: mean 2, sd 1, half-width 1.96 / sqrt(3).
        Interval m = Interval.mean(3, 6, 14);
        assertThat(m.low()).isCloseTo(2 - 1.96 / Math.sqrt(3), within(1e-3));
        assertThat(m.high()).isCloseTo(2 + 1.96 / Math.sqrt(3), within(1e-3));
        assertThat(Interval.mean(1, 2, 4).known()).isFalse();
    }

    @Test
    void shouldDrawTheControlGroupFromTheCaseIdAlone() {
        int control = 0;
        for (int i = 1; i <= 2000; i++) {
            String id = "V2026-1-%06d".formatted(i);
            ControlGroup.Group g = ControlGroup.of(id, 10);
            assertThat(ControlGroup.of(id, 10)).isEqualTo(g);
            control += g == ControlGroup.Group.TEMOIN ? 1 : 0;
        }
        assertThat(control).isBetween(160, 240);
        assertThat(ControlGroup.of("V2026-1-000001", 0)).isEqualTo(ControlGroup.Group.SMS);
        assertThat(ControlGroup.of("V2026-1-000001", 100)).isEqualTo(ControlGroup.Group.TEMOIN);
    }
}
