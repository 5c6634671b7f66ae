package fr.raccrochage.sample;

import java.util.List;
import java.util.SplittableRandom;

/** Deterministic random source of the generator: a {@link SplittableRandom} with small helpers. */
final class Rng {

    private final SplittableRandom random;

    Rng(long seed) {
        this(new SplittableRandom(seed));
    }

    private Rng(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, for a consumer whose draws must not shift the others'. */
    Rng split() {
        return new Rng(random.split());
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Uniform in [0, bound). */
    int below(int bound) {
        return random.nextInt(bound);
    }

    long below(long bound) {
        return random.nextLong(bound);
    }

    /** Uniform in [min, max], both included. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** Index drawn with the given relative weights. */
    int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** {@code count} random decimal digits. */
    String digits(int count) {
        char[] chars = new char[count];
        for (int i = 0; i < count; i++) {
            chars[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(chars);
    }

    /** A random upper-case letter A–Z. */
    char letter() {
        return (char) ('A' + random.nextInt(26));
    }
}
