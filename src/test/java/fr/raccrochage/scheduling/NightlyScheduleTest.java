package fr.raccrochage.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NightlyScheduleTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void shouldGiveTheNextNightAtTheConfiguredTime() {
        Clock evening = Clock.fixed(Instant.parse("2026-11-23T20:00:00Z"), PARIS);

        ZonedDateTime next = new NightlySchedule("0 30 2 * * *", evening).next();

        assertThat(next).isEqualTo(ZonedDateTime.of(2026, 11, 24, 2, 30, 0, 0, PARIS));
    }

    @Test
    void shouldSkipWeekendsWhenTheExpressionSaysSo() {
        Clock friday = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), PARIS);

        assertThat(new NightlySchedule("0 0 3 * * MON-FRI", friday).next().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void shouldRunEachNightAtItsTime() throws InterruptedException {
        List<Instant> runs = new ArrayList<>();

        new NightlySchedule("* * * * * *", Clock.systemDefaultZone()).run(2, night -> runs.add(Instant.now()));

        assertThat(runs).hasSize(2);
        assertThat(runs.get(1)).as("one per second").isAfterOrEqualTo(runs.get(0).plusMillis(900));
    }

    @Test
    void shouldExplainAnInvalidExpressionInFrench() {
        assertThatThrownBy(() -> new NightlySchedule("tous les soirs", Clock.systemDefaultZone()))
                .hasMessageContaining("Expression cron invalide : « tous les soirs »")
                .hasMessageContaining("0 30 2 * * *");
    }
}
