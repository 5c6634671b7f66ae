package fr.raccrochage.identity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A pair's per-comparison contributions to its score, stored compactly with the pair
 * ("NOM=5.0|DATE_NAISSANCE=7.0|ADRESSE=-2.0", zero contributions left out) and shown to operators as
 * a waterfall in French ("nom +5,0 ; date de naissance +7,0 ; adresse −2,0 = 10,0").
 */
public final class Contributions {

    private Contributions() {
    }

    static String format(double[] contributions) {
        StringBuilder text = new StringBuilder();
        for (Comparison c : Comparison.values()) {
            double w = contributions[c.ordinal()];
            if (Math.abs(w) < 0.05) {
                continue;
            }
            if (text.length() > 0) {
                text.append('|');
            }
            text.append(c.name()).append('=').append(oneDecimal(w, '.'));
        }
        return text.toString();
    }

    /** The stored form read back, one value per comparison (0 where absent or unreadable). */
    public static double[] parse(String stored) {
        double[] values = new double[Comparison.values().length];
        if (stored == null || stored.isBlank()) {
            return values;
        }
        for (String part : stored.split("\\|")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            try {
                values[Comparison.valueOf(part.substring(0, eq)).ordinal()] = Double.parseDouble(part.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                // a comparison this version does not know: left out of the explanation
            }
        }
        return values;
    }

    /** The waterfall an operator reads: each field's signed contribution, then the total. */
    public static String waterfall(String stored) {
        double[] values = parse(stored);
        StringBuilder text = new StringBuilder();
        double total = 0;
        for (Comparison c : Comparison.values()) {
            double w = values[c.ordinal()];
            if (w == 0) {
                continue;
            }
            total += w;
            if (text.length() > 0) {
                text.append(" ; ");
            }
            text.append(c.label()).append(' ').append(signed(w));
        }
        if (text.length() == 0) {
            return "";
        }
        return text.append(" = ").append(oneDecimal(total, ',')).toString();
    }

    /**
     * {@code String.format(locale, "%.1f", w)} with the locale's decimal point given ('.' for
     * Locale.ROOT, ',' for Locale.FRANCE), without a Formatter: a million links each built two or
     * three of them, and each Formatter looked the locale's symbols up again. Same digits: the
     * shortest decimal form of the double rounded half up, as the Formatter does.
     */
    static String oneDecimal(double w, char point) {
        if (Double.isNaN(w) || Double.isInfinite(w)) {
            return String.format(point == ',' ? Locale.FRANCE : Locale.ROOT, "%.1f", w);
        }
        String digits = new BigDecimal(Double.toString(Math.abs(w))).setScale(1, RoundingMode.HALF_UP).toPlainString();
        boolean negative = w < 0 || w == 0 && 1 / w < 0;
        return (negative ? "-" : "") + (point == '.' ? digits : digits.replace('.', point));
    }

    public static String signed(double w) {
        return (w >= 0 ? "+" : "−") + oneDecimal(Math.abs(w), ',');
    }
}
