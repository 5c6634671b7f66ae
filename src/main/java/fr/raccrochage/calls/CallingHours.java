package fr.raccrochage.calls;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Weekly calling windows (one per day at most) minus French public holidays. */
public record CallingHours(Map<DayOfWeek, Window> windows) {

    /** A daily window [start, end): a call may start at start, not at end. */
    public record Window(LocalTime start, LocalTime end) {
        public Window {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("window start must precede end: " + start + "-" + end);
            }
        }

        boolean contains(LocalTime t) {
            return !t.isBefore(start) && t.isBefore(end);
        }
    }

    public CallingHours {
        windows = Map.copyOf(windows);
    }

    /** Issue 4 defaults: Monday–Friday 9:00–20:00, Saturday 10:00–13:00, never Sunday. */
    public static CallingHours defaults() {
        Map<DayOfWeek, Window> w = new EnumMap<>(DayOfWeek.class);
        Window weekday = new Window(LocalTime.of(9, 0), LocalTime.of(20, 0));
        for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
            w.put(d, weekday);
        }
        w.put(DayOfWeek.SATURDAY, new Window(LocalTime.of(10, 0), LocalTime.of(13, 0)));
        return new CallingHours(w);
    }

    /** The window of that date, empty on a day without calls or on a public holiday. */
    public Optional<Window> window(LocalDate date) {
        Window w = windows.get(date.getDayOfWeek());
        if (w == null || FrenchHolidays.isHoliday(date)) {
            return Optional.empty();
        }
        return Optional.of(w);
    }

    public boolean isCallingDay(LocalDate date) {
        return window(date).isPresent();
    }

    public boolean isOpen(LocalDateTime t) {
        return window(t.toLocalDate()).map(w -> w.contains(t.toLocalTime())).orElse(false);
    }

    /**
      * The first open instant at or after t: used to place a callback the young person asked for
      * outside calling hours (e.g. 21:00 becomes the next morning). Searches a year ahead at most.
      */
    public LocalDateTime snap(LocalDateTime t) {
        LocalDate day = t.toLocalDate();
        for (int i = 0; i < 366; i++, day = day.plusDays(1)) {
            Optional<Window> w = window(day);
            if (w.isEmpty()) {
                continue;
            }
            if (i == 0 && w.get().contains(t.toLocalTime())) {
                return t;
            }
            if (i > 0 || t.toLocalTime().isBefore(w.get().start())) {
                return day.atTime(w.get().start());
            }
        }
        throw new IllegalStateException("no calling hours within a year after " + t);
    }
}
