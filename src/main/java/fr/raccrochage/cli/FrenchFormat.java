package fr.raccrochage.cli;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;

/** Numbers and durations the French way ("1 523", "2,3 s"). */
final class FrenchFormat {

    private FrenchFormat() {
    }

    static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(value);
    }

    static String duration(Duration duration) {
        double seconds = duration.toMillis() / 1000.0;
        return String.format(Locale.FRANCE, "%.1f s", seconds);
    }
}
