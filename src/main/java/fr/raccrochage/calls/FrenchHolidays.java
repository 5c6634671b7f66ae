package fr.raccrochage.calls;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;

/** French national public holidays (jollyday); Alsace-Moselle extras are deliberately not included. */
public final class FrenchHolidays {

    // The manager parses its XML once; it is thread-safe for reads, so one instance is shared.
    private static final HolidayManager FRANCE =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));

    private FrenchHolidays() {}

    public static boolean isHoliday(LocalDate date) {
        return FRANCE.isHoliday(date);
    }
}
