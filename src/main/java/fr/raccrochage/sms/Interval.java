package fr.raccrochage.sms;

/**
 * A 95 % confidence interval. Proportions use Wilson's score interval (sound for small groups and
 * rates near 0 or 1, where the normal approximation leaves [0, 1]); means and differences of two
 * proportions use the normal approximation. Empty groups give no interval (NaN bounds).
 */
public record Interval(double low, double high) {

    static final double Z95 = 1.959963984540054;
    static final Interval NONE = new Interval(Double.NaN, Double.NaN);

    public boolean known() {
        return !Double.isNaN(low);
    }

    /** The interval of {@code successes / trials}. */
    public static Interval wilson(long successes, long trials) {
        if (trials == 0) {
            return NONE;
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** The interval of p1 − p2 (two independent groups). */
    public static Interval difference(long k1, long n1, long k2, long n2) {
        if (n1 == 0 || n2 == 0) {
            return NONE;
        }
        double p1 = (double) k1 / n1;
        double p2 = (double) k2 / n2;
        double half = Z95 * Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        return new Interval(p1 - p2 - half, p1 - p2 + half);
    }

    /** The interval of a mean, from the values' count, sum and sum of squares (at least two values). */
    public static Interval mean(long count, double sum, double sumOfSquares) {
        if (count < 2) {
            return NONE;
        }
        double mean = sum / count;
        double variance = Math.max(0, (sumOfSquares - count * mean * mean) / (count - 1));
        double half = Z95 * Math.sqrt(variance / count);
        return new Interval(mean - half, mean + half);
    }
}
