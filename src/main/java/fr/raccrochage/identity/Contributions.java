package fr.raccrochage.identity;

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
            text.append(c.name()).append('=').append(String.format(Locale.ROOT, "%.1f", w));
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
        return text.append(" = ").append(String.format(Locale.FRANCE, "%.1f", total)).toString();
    }

    public static String signed(double w) {
        return (w >= 0 ? "+" : "−") + String.format(Locale.FRANCE, "%.1f", Math.abs(w));
    }
}
