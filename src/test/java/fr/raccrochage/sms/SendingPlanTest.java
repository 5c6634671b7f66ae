package fr.raccrochage.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.raccrochage.calls.CallingHours;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendingPlanTest {

    static final CallingHours CALLS = CallingHours.defaults();

    static SmsProperties hours(String week, String saturday, String sunday) {
        return new SmsProperties(false, "REGIONIDF", "01", "https://x.fr", SmsProperties.DEFAULT_TEMPLATE,
                SmsProperties.DEFAULT_GUARDIAN_TEMPLATE, false, 1, LocalTime.of(18, 0), week, saturday, sunday, 0, 10,
                SmsProperties.StopRule.SMS);
    }

    static final CallingHours SENDING = hours("08:00-20:00", "08:00-20:00", "").sendingHours();

    @Test
    void shouldSendOnTheEveningOfTheDayBeforeTheNextCallingDay() {
        SendingPlan plan = SendingPlan.of(LocalDate.of(2026, 11, 5), LocalTime.of(18, 0), 1, SENDING, CALLS);

        assertThat(plan.sendAt()).isEqualTo(LocalDateTime.of(2026, 11, 5, 18, 0));
        assertThat(plan.coveredDays()).containsExactly(LocalDate.of(2026, 11, 6));
        assertThat(plan.announces(LocalDateTime.of(2026, 11, 6, 9, 0))).isTrue();
        assertThat(plan.announces(LocalDateTime.of(2026, 11, 7, 10, 0))).isFalse();
    }

    @Test
    void shouldSkipSundaysAndPublicHolidaysForTheCallsAndForTheSending() {
        // Saturday 31 October: Sunday 1 November (Toussaint) has no calls, Monday 2 does.
        SendingPlan saturday = SendingPlan.of(LocalDate.of(2026, 10, 31), LocalTime.of(18, 0), 1, SENDING, CALLS);
        assertThat(saturday.sendAt()).isEqualTo(LocalDateTime.of(2026, 10, 31, 18, 0));
        assertThat(saturday.coveredDays()).containsExactly(LocalDate.of(2026, 11, 2));

        // Prepared on the holiday itself (a Sunday): sent on Monday at 08:00, before the calls at 09:00.
        SendingPlan holiday = SendingPlan.of(LocalDate.of(2026, 11, 1), LocalTime.of(18, 0), 1, SENDING, CALLS);
        assertThat(holiday.sendAt()).isEqualTo(LocalDateTime.of(2026, 11, 2, 8, 0));
        assertThat(holiday.before(LocalDateTime.of(2026, 11, 2, 9, 0))).isTrue();
        assertThat(holiday.before(LocalDateTime.of(2026, 11, 2, 8, 0))).isFalse();

        // Tuesday 10 November: Wednesday 11 (Armistice) has no calls and no SMS.
        SendingPlan beforeArmistice = SendingPlan.of(LocalDate.of(2026, 11, 10), LocalTime.of(18, 0), 2, SENDING, CALLS);
        assertThat(beforeArmistice.coveredDays()).containsExactly(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 13));
        SendingPlan onArmistice = SendingPlan.of(LocalDate.of(2026, 11, 11), LocalTime.of(18, 0), 1, SENDING, CALLS);
        assertThat(onArmistice.sendAt()).isEqualTo(LocalDateTime.of(2026, 11, 12, 8, 0));
    }

    @Test
    void shouldMoveASendingTimeOutsideTheWindowToTheNextOpening() {
        SendingPlan late = SendingPlan.of(LocalDate.of(2026, 11, 5), LocalTime.of(21, 30), 1, SENDING, CALLS);
        assertThat(late.sendAt()).isEqualTo(LocalDateTime.of(2026, 11, 6, 8, 0));
        SendingPlan early = SendingPlan.of(LocalDate.of(2026, 11, 5), LocalTime.of(7, 0), 1, SENDING, CALLS);
        assertThat(early.sendAt()).isEqualTo(LocalDateTime.of(2026, 11, 5, 8, 0));
    }

    @Test
    void shouldFollowConfiguredSendingHours() {
        CallingHours weekdaysOnly = hours("10:00-19:00", "", "").sendingHours();
        SendingPlan saturday = SendingPlan.of(LocalDate.of(2026, 11, 7), LocalTime.of(18, 0), 1, weekdaysOnly, CALLS);
        assertThat(saturday.sendAt()).isEqualTo(LocalDateTime.of(2026, 11, 9, 10, 0));
        assertThat(weekdaysOnly.isOpen(LocalDateTime.of(2026, 11, 9, 19, 0))).isFalse();

        CallingHours withSunday = hours("08:00-20:00", "08:00-20:00", "10:00-12:00").sendingHours();
        assertThat(withSunday.isOpen(LocalDateTime.of(2026, 11, 8, 11, 0))).isTrue();
        // Even with a Sunday window, never on a public holiday.
        assertThat(withSunday.isOpen(LocalDateTime.of(2026, 11, 1, 11, 0))).isFalse();
        assertThat(withSunday.isOpen(LocalDateTime.of(2026, 12, 25, 11, 0))).isFalse();
        assertThat(List.of(SENDING.isOpen(LocalDateTime.of(2026, 11, 9, 8, 0)),
                SENDING.isOpen(LocalDateTime.of(2026, 11, 9, 19, 59)), SENDING.isOpen(LocalDateTime.of(2026, 11, 9, 20, 0))))
                .containsExactly(true, true, false);

        assertThatThrownBy(() -> hours("8h-20h", "", "").sendingHours())
                .hasMessage("raccrochage.sms.horaires-semaine invalide : « 8h-20h » (attendu HH:MM-HH:MM, début avant fin)");
    }
}
