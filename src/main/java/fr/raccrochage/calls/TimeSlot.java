package fr.raccrochage.calls;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
  * Parts of the day used to spread attempts and to learn contact rates. They match the default
  * calling hours: a young person at school or work in the morning may answer at lunch or at night,
  * so the slots are the unit of "different times of day".
  */
public enum TimeSlot {
    MATIN(9, 12),
    MIDI(12, 14),
    APRES_MIDI(14, 17),
    SOIREE(17, 20),
    SAMEDI(10, 13);

    private static final List<TimeSlot> WEEKDAY = List.of(MATIN, MIDI, APRES_MIDI, SOIREE);

    private final LocalTime start;
    private final LocalTime end;

    TimeSlot(int startHour, int endHour) {
        this.start = LocalTime.of(startHour, 0);
        this.end = LocalTime.of(endHour, 0);
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    /** Slots of a day of the week: Saturday has its own short morning slot, Sunday none. */
    public static List<TimeSlot> of(DayOfWeek day) {
        return switch (day) {
            case SATURDAY -> List.of(SAMEDI);
            case SUNDAY -> List.of();
            default -> WEEKDAY;
        };
    }

    /** The slot an instant falls in, if any (a result's DATE_APPEL, for the contact rates). */
    public static Optional<TimeSlot> of(LocalDateTime t) {
        LocalTime time = t.toLocalTime();
        return of(t.getDayOfWeek()).stream()
                .filter(s -> !time.isBefore(s.start) && time.isBefore(s.end))
                .findFirst();
    }
}
