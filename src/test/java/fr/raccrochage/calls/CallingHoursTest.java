package fr.raccrochage.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CallingHoursTest {

    private final CallingHours hours = CallingHours.defaults();

    @Test
    void shouldOpenWeekdaysNineToEightAndSaturdayMorning() {
        // 2026-11-23 is a Monday.
        assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 23, 9, 0))).isTrue();
        assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 23, 19, 59))).isTrue();
        assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 23, 20, 0))).isFalse();
        assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 23, 8, 59))).isFalse();
        assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 28, 10, 0))).isTrue();
        assertThat(hours.isOpen(LocalDateTime.of(2026, 11, 28, 13, 0))).isFalse();
        assertThat(hours.isCallingDay(LocalDate.of(2026, 11, 29))).isFalse();
    }

    @Test
    void shouldCloseOnFrenchPublicHolidays() {
        assertThat(FrenchHolidays.isHoliday(LocalDate.of(2026, 11, 11))).isTrue();
        assertThat(FrenchHolidays.isHoliday(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(FrenchHolidays.isHoliday(LocalDate.of(2027, 3, 29))).isTrue();
        assertThat(FrenchHolidays.isHoliday(LocalDate.of(2026, 11, 12))).isFalse();
        assertThat(hours.isCallingDay(LocalDate.of(2026, 11, 11))).isFalse();
        assertThat(hours.isCallingDay(LocalDate.of(2027, 3, 29))).isFalse();
    }

    @Test
    void shouldNotTreatAlsaceMoselleHolidaysAsNational() {
        // Good Friday and 26 December are holidays only in Alsace-Moselle.
        assertThat(FrenchHolidays.isHoliday(LocalDate.of(2027, 3, 26))).isFalse();
        assertThat(FrenchHolidays.isHoliday(LocalDate.of(2026, 12, 26))).isFalse();
    }

    @Test
    void shouldSnapIntoTheNextOpenInstant() {
        // Friday 21:00 -> Saturday 10:00; Saturday 14:00 -> Monday 9:00; open instant unchanged.
        assertThat(hours.snap(LocalDateTime.of(2026, 11, 27, 21, 0))).isEqualTo(LocalDateTime.of(2026, 11, 28, 10, 0));
        assertThat(hours.snap(LocalDateTime.of(2026, 11, 28, 14, 0))).isEqualTo(LocalDateTime.of(2026, 11, 30, 9, 0));
        assertThat(hours.snap(LocalDateTime.of(2026, 11, 23, 7, 0))).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 0));
        assertThat(hours.snap(LocalDateTime.of(2026, 11, 23, 15, 30))).isEqualTo(LocalDateTime.of(2026, 11, 23, 15, 30));
        // Tuesday 10 November evening -> Thursday 12 (the 11th is a holiday).
        assertThat(hours.snap(LocalDateTime.of(2026, 11, 10, 20, 30))).isEqualTo(LocalDateTime.of(2026, 11, 12, 9, 0));
    }
}
