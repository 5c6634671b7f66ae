package fr.raccrochage.sms;

import fr.raccrochage.calls.CallingHours;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When the SMS prepared on a day go out and which calls they announce: the next {@code daysCovered}
 * calling days after the preparation day, and the first sending instant at or after the preparation
 * day's sending time (Monday–Saturday 08:00–20:00 by default, never on a public holiday). A message
 * that could only leave after the call it announces is not sent.
 *
 * @param coveredDays the calling days whose first attempts the SMS announce
 */
public record SendingPlan(LocalDate preparedOn, LocalDateTime sendAt, List<LocalDate> coveredDays) {

    public static SendingPlan of(LocalDate preparedOn, LocalTime sendingTime, int daysCovered, CallingHours sending,
            CallingHours calling) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = preparedOn.plusDays(1);
        for (int i = 0; i < 366 && days.size() < daysCovered; i++, day = day.plusDays(1)) {
            if (calling.isCallingDay(day)) {
                days.add(day);
            }
        }
        return new SendingPlan(preparedOn, sending.snap(preparedOn.atTime(sendingTime)), List.copyOf(days));
    }

    /** The case's next attempt is one these SMS announce. */
    public boolean announces(LocalDateTime nextAttempt) {
        return coveredDays.contains(nextAttempt.toLocalDate());
    }

    /** The SMS would reach the young person before that attempt. */
    public boolean before(LocalDateTime nextAttempt) {
        return sendAt.isBefore(nextAttempt);
    }
}
