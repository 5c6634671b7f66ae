package fr.raccrochage.core.text;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;

/** Numbers and durations the French way ("1 523", "2,3 s"). */
public final class FrenchFormat {

    /** The Region's time zone: every time an operator reads is Paris time. */
    public static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    private static final java.time.format.DateTimeFormatter DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    private FrenchFormat() {
    }

    /** The wall-clock time in Paris now. */
    public static java.time.LocalDateTime nowInParis() {
        return java.time.LocalDateTime.now(PARIS);
    }

    /** "02/12/2026 à 02h30", in Paris time. */
    public static String dateTime(java.time.ZonedDateTime moment) {
        return moment.withZoneSameInstant(PARIS).format(DATE_TIME);
    }

    /** "02/12/2026 à 02h30" for a wall-clock time already in Paris time. */
    public static String dateTime(java.time.LocalDateTime parisTime) {
        return parisTime.format(DATE_TIME);
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(value);
    }

    /** "1 ligne", "0 ligne", "2 lignes": French takes the singular below two. */
    public static String count(long value, String singular, String plural) {
        return number(value) + " " + (Math.abs(value) < 2 ? singular : plural);
    }

    /** DD/MM/YYYY, as French spreadsheets and letters write dates. */
    public static String date(java.time.LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public static String duration(Duration duration) {
        double seconds = duration.toMillis() / 1000.0;
        return String.format(Locale.FRANCE, "%.1f s", seconds);
    }
}
