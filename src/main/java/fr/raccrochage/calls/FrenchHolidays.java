package fr.raccrochage.calls;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** French national public holidays (jollyday); Alsace-Moselle extras are deliberately not included. */
public final class FrenchHolidays {

    // The manager parses its XML once; it is thread-safe for reads, so one instance is shared.
    private static final HolidayManager FRANCE =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));

    // jollyday computes a whole year per question (~0.2 ms): planning a wave asks for every day of
    // the period for every case, so the dates are computed once per year.
    private static final Map<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private FrenchHolidays() {}

    public static boolean isHoliday(LocalDate date) {
        return BY_YEAR.computeIfAbsent(date.getYear(), year -> FRANCE.getHolidays(java.time.Year.of(year)).stream()
                .map(h -> h.getActualDate()).collect(Collectors.toUnmodifiableSet())).contains(date);
    }
}
