package fr.raccrochage.sample;

import java.time.LocalDate;

/** Date writing as the sources do it: {@code DD/MM/YYYY} or {@code YYYY-MM-DD}. */
final class Dates {

    private Dates() {
    }

    static String french(LocalDate date) {
        return french(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** Also writes impossible dates on purpose (31/02/2008). */
    static String french(int day, int month, int year) {
        return Texts.pad(day, 2) + '/' + Texts.pad(month, 2) + '/' + Texts.pad(year, 4);
    }

    static String iso(LocalDate date) {
        return Texts.pad(date.getYear(), 4) + '-' + Texts.pad(date.getMonthValue(), 2) + '-'
                + Texts.pad(date.getDayOfMonth(), 2);
    }
}
