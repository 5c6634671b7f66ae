package fr.raccrochage.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers the way French publications write them: a narrow no-break space between thousands
 * ("12 345"), a comma before decimals and a narrow no-break space before the percent sign
 * ("12,5 %"), as the Imprimerie nationale's rules and the CLDR French locale do.
 */
public final class FrenchNumbers {

    /** U+202F, the narrow no-break space of French typography (CLDR's grouping separator for fr). */
    public static final char SPACE = '\u202F';

    /** Shown for a rate whose denominator is zero: there is nothing to divide. */
    public static final String NO_RATE = "–";

    private FrenchNumbers() {
    }

    public static String integer(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(SPACE);
            }
            grouped.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + grouped;
    }

    /** "12,5 %" (one decimal, half up), or "–" when the denominator is zero. */
    public static String percent(long part, long whole) {
        return whole == 0 ? NO_RATE : decimal(ratePercent(part, whole)) + SPACE + "%";
    }

    /** "12,5": one decimal, comma; grouping for the integer part. */
    public static String decimal(BigDecimal value) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP);
        BigDecimal whole = rounded.setScale(0, RoundingMode.DOWN);
        int tenth = rounded.subtract(whole).abs().movePointRight(1).intValue();
        String sign = rounded.signum() < 0 && whole.signum() == 0 ? "-" : "";
        return sign + integer(whole.longValueExact()) + "," + tenth;
    }

    /** The rate in percent, to one decimal, half up; zero when the denominator is zero. */
    public static BigDecimal ratePercent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(part).movePointRight(2).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** A rate for a CSV cell: "12,5" (no sign, so spreadsheets read a number), empty when undefined. */
    public static String csvRate(long part, long whole) {
        return whole == 0 ? "" : ratePercent(part, whole).toPlainString().replace('.', ',');
    }
}
