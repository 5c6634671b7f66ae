package fr.raccrochage.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactRatesTest {

    @Test
    void shouldSmoothUntriedSlotsToOneHalf() {
        ContactRates rates = ContactRates.of(List.of());

        assertThat(rates.rate(DayOfWeek.MONDAY, TimeSlot.MATIN)).isEqualTo(0.5);
    }

    @Test
    void shouldCountContactsPerWeekdayAndSlot() {
        LocalDateTime mondayEvening = LocalDateTime.of(2026, 11, 2, 18, 0);
        ContactRates rates = ContactRates.of(List.of(
                AttemptResult.of(1, mondayEvening, "0612345678", CallOutcome.EN_SOLUTION),
                AttemptResult.of(1, mondayEvening, "0612345679", CallOutcome.RAPPEL),
                AttemptResult.of(1, mondayEvening, "0612345670", CallOutcome.NRP)));

        // (2 + 1) / (3 + 2)
        assertThat(rates.rate(DayOfWeek.MONDAY, TimeSlot.SOIREE)).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void shouldGiveTheBetterSlotAHigherWeight() {
        List<AttemptResult> results = new ArrayList<>();
        LocalDateTime morning = LocalDateTime.of(2026, 11, 3, 10, 0);
        LocalDateTime evening = LocalDateTime.of(2026, 11, 3, 18, 0);
        for (int i = 0; i < 20; i++) {
            results.add(AttemptResult.of(1, morning, "m" + i, i < 2 ? CallOutcome.REFUS : CallOutcome.NRP));
            results.add(AttemptResult.of(1, evening, "e" + i, i < 10 ? CallOutcome.REFUS : CallOutcome.MESSAGERIE));
        }

        SlotWeights weights = ContactRates.of(results).toWeights();

        assertThat(weights.weight(DayOfWeek.TUESDAY, TimeSlot.SOIREE))
                .isGreaterThan(weights.weight(DayOfWeek.TUESDAY, TimeSlot.MATIN) * 2);
        assertThat(weights.weight(DayOfWeek.TUESDAY, TimeSlot.SOIREE)).isGreaterThan(1.0);
    }
}
