package fr.raccrochage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Formatter-free one-decimal form gives the Formatter's digits, in both locales used. */
class ContributionsTest {

    private static void sameAsFormatter(double w) {
        assertThat(Contributions.oneDecimal(w, ',')).as("%s", w).isEqualTo(String.format(Locale.FRANCE, "%.1f", w));
        assertThat(Contributions.oneDecimal(w, '.')).as("%s", w).isEqualTo(String.format(Locale.ROOT, "%.1f", w));
    }

    @Test
    void shouldWriteOneDecimalAsTheFormatterDoes() {
        Random random = new Random(13);
        for (int i = 0; i < 200_000; i++) {
            // sums of weights in tenths (the scores), halves at the rounding edge, and any double
            double tenths = 0;
            for (int k = random.nextInt(8); k > 0; k--) {
                tenths += (random.nextInt(400) - 200) / 10.0;
            }
            sameAsFormatter(tenths);
            sameAsFormatter((random.nextInt(4000) - 2000) / 20.0);
            sameAsFormatter((random.nextDouble() - 0.5) * 200);
            sameAsFormatter(random.nextGaussian() * 1e-3);
        }
        for (double w : new double[] {0.0, -0.0, 0.05, -0.05, 0.15, 0.25, 0.35, 1.45, -2.55, 12.299999999999999,
            1e10, 123456789.05, Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY}) {
            sameAsFormatter(w);
        }
    }

    @Test
    void shouldKeepTheStoredFormAndTheWaterfall() {
        double[] points = new double[Comparison.values().length];
        points[0] = 5.0;
        points[1] = -7.04;
        points[2] = 0.04; // below 0.05: left out
        String stored = Contributions.format(points);
        assertThat(stored).isEqualTo(Comparison.values()[0].name() + "=5.0|" + Comparison.values()[1].name() + "=-7.0");
        assertThat(Contributions.waterfall(stored)).isEqualTo(Comparison.values()[0].label() + " +5,0 ; "
                + Comparison.values()[1].label() + " −7,0 = -2,0");
    }
}
