package fr.raccrochage.identity;

import java.util.HashMap;
import java.util.Map;

/**
 * Term frequencies of last names and first names in the registry, for frequency-adjusted agreement
 * weights (as Splink and fastLink do): two records sharing "MARTIN" is weaker evidence than two
 * sharing "KEROUEDAN". The agreement weight of a name is the field's weight plus
 * log2(u / f(name)), where u is the chance that two random records share a name (the sum of the
 * squared frequencies) and f(name) the name's own frequency; bounded, so that a name alone never
 * outweighs the other fields. A registry too small to count on gives no adjustment.
 */
final class NameFrequencies {

    /** Fewer records than this: frequencies are noise, names keep the field's weight. */
    static final int MIN_RECORDS = 1_000;
    /** Bounds of the adjustment, in bits: common names lose more than rare ones gain. */
    static final double MAX_BONUS = 2;
    static final double MAX_PENALTY = 3;
    /** How much rarer than a name its one-letter variant must be to be taken for a slip of it. */
    static final int SLIP_RATIO = 20;

    static final NameFrequencies NEUTRAL = new NameFrequencies(Map.of(), 0, 0, Map.of(), 0, 0);

    private final Map<String, Integer> last;
    private final int lastTotal;
    private final double lastU;
    private final Map<String, Integer> first;
    private final int firstTotal;
    private final double firstU;

    private NameFrequencies(Map<String, Integer> last, int lastTotal, double lastU, Map<String, Integer> first,
            int firstTotal, double firstU) {
        this.last = last;
        this.lastTotal = lastTotal;
        this.lastU = lastU;
        this.first = first;
        this.firstTotal = firstTotal;
        this.firstU = firstU;
    }

    static NameFrequencies of(Profile[] profiles) {
        Map<String, Integer> last = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (Profile p : profiles) {
            if (!p.last().isEmpty()) {
                last.merge(p.last(), 1, Integer::sum);
            }
            if (!p.firstFirst().isEmpty()) {
                first.merge(p.firstFirst(), 1, Integer::sum);
            }
        }
        return of(last, first);
    }

    /** From counts of last names and of first first names (tests give them directly). */
    static NameFrequencies of(Map<String, Integer> last, Map<String, Integer> first) {
        int lastTotal = total(last);
        int firstTotal = total(first);
        if (lastTotal < MIN_RECORDS && firstTotal < MIN_RECORDS) {
            return NEUTRAL;
        }
        return new NameFrequencies(last, lastTotal, collision(last, lastTotal), first, firstTotal,
                collision(first, firstTotal));
    }

    /** Bits to add to the agreement weight of this last name (0 when the registry is too small). */
    double lastName(String key) {
        return adjustment(last, lastTotal, lastU, key);
    }

    double firstName(String key) {
        return adjustment(first, firstTotal, firstU, key);
    }

    /**
     * Whether one of two names is met only once in the registry: a keying mistake ("ANHIS" for
     * "ANAIS") rather than another real name ("LOUISE" for "LOUIS"). Never with a small registry.
     */
    boolean oneIsUnique(String a, String b, boolean lastNames) {
        if (neutral()) {
            return false;
        }
        Map<String, Integer> counts = lastNames ? last : first;
        return counts.getOrDefault(a, 0) <= 1 || counts.getOrDefault(b, 0) <= 1;
    }

    /** Whether both first names are met several times in the registry: real names, not slips. */
    boolean bothCommon(String a, String b) {
        // a slip of a frequent name recurs in a large registry: "common" grows with the registry
        int common = Math.max(3, firstTotal / 20_000);
        return !neutral() && first.getOrDefault(a, 0) >= common && first.getOrDefault(b, 0) >= common;
    }

    /**
     * Whether one first name is met at least {@link #SLIP_RATIO} times less often than the other in
     * the registry (the rarer may be a recurring slip of the other).
     */
    boolean oneFarRarer(String a, String b) {
        int ca = first.getOrDefault(a, 0);
        int cb = first.getOrDefault(b, 0);
        return !neutral() && Math.max(ca, cb) >= SLIP_RATIO * (long) Math.min(ca, cb);
    }

    /** A name's frequency in the registry, for the weights report. */
    double lastFrequency(String key) {
        return lastTotal == 0 ? 0 : (double) last.getOrDefault(key, 0) / lastTotal;
    }

    boolean neutral() {
        return this == NEUTRAL;
    }

    private static double adjustment(Map<String, Integer> counts, int total, double u, String key) {
        if (total < MIN_RECORDS || key.isEmpty()) {
            return 0;
        }
        double f = Math.max(1, counts.getOrDefault(key, 0)) / (double) total;
        double bits = Math.log(u / f) / Math.log(2);
        return Math.max(-MAX_PENALTY, Math.min(MAX_BONUS, bits));
    }

    private static int total(Map<String, Integer> counts) {
        long total = 0;
        for (int c : counts.values()) {
            total += c;
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /** The chance that two records drawn at random share the name: the sum of squared frequencies. */
    private static double collision(Map<String, Integer> counts, int total) {
        double sum = 0;
        for (int c : counts.values()) {
            double f = (double) c / total;
            sum += f * f;
        }
        return sum;
    }
}
