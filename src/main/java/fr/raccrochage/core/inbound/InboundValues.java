package fr.raccrochage.core.inbound;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of dates, times and numbers for every incoming file. Strict: an impossible date
 * (31/11/2026, 29/02/2027) is refused, never shifted to a neighbour; tolerant of the forms people
 * and spreadsheets write: {@code J/M/AAAA} (with {@code /}, {@code -} or {@code .}), {@code AAAA-M-J}
 * ({@code -} only: {@code 2008/03/05} is refused as unusual),
 * either followed by a time {@code HH:MM[:SS]} after a space or a {@code T}. Two-digit years are
 * refused: 08 could be 1908 or 2008. Blank gives {@code null}; bad input throws
 * {@link InvalidValueException} whose message, opened by the caller's French label, is the reason.
 */
public final class InboundValues {

    private static final String TIME = "(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?";
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})" + TIME);
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})(-)(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("\\d{1,2}([/.-])\\d{1,2}\\1\\d{2}(?:[ T].*)?");
    private static final Pattern SPACES = Pattern.compile("\\h+");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}(?:[.,]0+)?");

    private InboundValues() {
    }

    /** A calendar date; a time of day after it is allowed and ignored (spreadsheet exports add one). */
    public static LocalDate date(String raw, String label) {
        Moment moment = moment(raw, label, false);
        return moment == null ? null : moment.date();
    }

    /** A date with a time of day, which is required. */
    public static LocalDateTime dateTime(String raw, String label) {
        Moment moment = moment(raw, label, true);
        if (moment == null) {
            return null;
        }
        if (moment.time() == null) {
            throw new InvalidValueException(label + " sans heure : " + raw.strip() + " (attendu JJ/MM/AAAA HH:MM)");
        }
        return LocalDateTime.of(moment.date(), moment.time());
    }

    /** {@link #date} without the exception: empty when blank or unreadable. */
    public static Optional<LocalDate> optionalDate(String raw) {
        try {
            return Optional.ofNullable(date(raw, "date"));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** {@link #dateTime} without the exception: empty when blank or unreadable. */
    public static Optional<LocalDateTime> optionalDateTime(String raw) {
        try {
            return Optional.ofNullable(dateTime(raw, "date"));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** A whole number ({@code 3}, {@code +3}, and {@code 3.0} or {@code 3,0} as a spreadsheet writes it). */
    public static Integer integer(String raw, String label) {
        String value = cleaned(raw);
        if (value == null) {
            return null;
        }
        if (!INTEGER.matcher(value).matches()) {
            throw new InvalidValueException(label + " n'est pas un nombre entier : " + value);
        }
        int end = value.indexOf('.') >= 0 ? value.indexOf('.') : value.indexOf(',');
        return Integer.parseInt(end < 0 ? value : value.substring(0, end));
    }

    record Moment(LocalDate date, LocalTime time) {
    }

    private static Moment moment(String raw, String label, boolean withTime) {
        Moment plain = raw == null ? null : plainDate(raw, label);
        return plain != null ? plain : momentByPatterns(raw, label, withTime);
    }

    /**
     * {@code JJ/MM/AAAA} or {@code AAAA-MM-JJ} exactly, nearly every date of a list, read without the
     * patterns and the space clean-up (the import's hot path); null for any other shape. Gives what
     * {@link #momentByPatterns} gives for these shapes (proved by {@code InboundValuesTest}).
     */
    private static Moment plainDate(String raw, String label) {
        if (raw.length() != 10) {
            return null;
        }
        if (raw.charAt(2) == '/' && raw.charAt(5) == '/' && digits(raw, 0, 2) && digits(raw, 3, 5) && digits(raw, 6, 10)) {
            return plainDate(number(raw, 6, 10), number(raw, 3, 5), number(raw, 0, 2), label, raw);
        }
        if (raw.charAt(4) == '-' && raw.charAt(7) == '-' && digits(raw, 0, 4) && digits(raw, 5, 7) && digits(raw, 8, 10)) {
            return plainDate(number(raw, 0, 4), number(raw, 5, 7), number(raw, 8, 10), label, raw);
        }
        return null;
    }

    private static Moment plainDate(int year, int month, int day, String label, String value) {
        try {
            return new Moment(LocalDate.of(year, month, day), null);
        } catch (DateTimeException e) {
            throw new InvalidValueException(label + " impossible : " + value);
        }
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    /** The general reader: every accepted shape, through the patterns. */
    static Moment momentByPatterns(String raw, String label, boolean withTime) {
        String value = cleaned(raw);
        if (value == null) {
            return null;
        }
        Matcher dayFirst = DAY_FIRST.matcher(value);
        if (dayFirst.matches()) {
            return moment(dayFirst.group(4), dayFirst.group(3), dayFirst.group(1), withTime ? dayFirst : null, label, value);
        }
        Matcher yearFirst = YEAR_FIRST.matcher(value);
        if (yearFirst.matches()) {
            return moment(yearFirst.group(1), yearFirst.group(3), yearFirst.group(4), withTime ? yearFirst : null, label,
                    value);
        }
        if (TWO_DIGIT_YEAR.matcher(value).matches()) {
            throw new InvalidValueException(label + " avec une année sur deux chiffres : " + value);
        }
        throw new InvalidValueException(label + " illisible : " + value);
    }

    private static Moment moment(String year, String month, String day, Matcher m, String label, String value) {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new InvalidValueException(label + " impossible : " + value);
        }
        if (m == null || m.group(5) == null) {
            return new Moment(date, null);
        }
        try {
            int seconds = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
            return new Moment(date, LocalTime.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), seconds));
        } catch (DateTimeException e) {
            throw new InvalidValueException(label + " : heure impossible : " + value);
        }
    }

    private static String cleaned(String raw) {
        if (raw == null) {
            return null;
        }
        // \h: the non-breaking spaces spreadsheets leave, which strip() keeps
        String value = SPACES.matcher(raw).replaceAll(" ").strip();
        return value.isEmpty() ? null : value;
    }
}
