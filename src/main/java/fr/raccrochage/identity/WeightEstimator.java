package fr.raccrochage.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Learns the weights from the records themselves, as the record-linkage literature and Splink do:
 * u (the chance of each level between two different young people) from pairs drawn at random,
 * m (the same for two records of one young person) by expectation–maximisation over the pairs the
 * blocking proposes, u held fixed. A level the data say too little about keeps its hand-set weight
 * (the prior); so does every ABSENT level (a missing value is no evidence, weight 0).
 *
 * <p>The weight the engine scores with ({@link Estimate#weight()}) is the learned one shrunk towards
 * the hand-set prior by how much evidence the level has ({@link #PRIOR_PAIRS} pseudo-pairs), and kept
 * within {@link #MAX_SHIFT} bits of it: EM assumes the fields independent given the match status,
 * and they are not (a family shares a phone, an address and a commune), so raw log2(m/u) add up to
 * far more confidence than the data hold; the thresholds are set on the hand-set scale. A run with
 * too few compared pairs ({@link #MIN_BLOCKED_PAIRS}) or a degenerate share of matches (EM saturated
 * at 99.9 %: u from random pairs says nothing of the non-matches inside blocks, which all agree on
 * the birth date or the names; seen on 1M records) scores with the hand-set weights alone.
 */
public final class WeightEstimator {

    /**
     * One comparison level's estimate.
     *
     * @param learned log2(m/u), bounded
     * @param fallback the data say too little: the hand-set weight is used
     * @param used the weight the engine scores with
     */
    public record Estimate(Comparison comparison, int level, double m, double u, double learned, double handSet,
            boolean fallback, double matchedPairs, double used) {

        public double weight() {
            return used;
        }
    }

    /**
     * The estimates, the share of blocked pairs that are matches, and what they were learnt from.
     *
     * @param applied false when the whole table falls back on the hand-set weights (too few pairs)
     */
    public record Result(List<Estimate> estimates, double matchShare, long blockedPairs, int randomPairs, int iterations,
            boolean applied) {

        /** The weights the engine scores with. */
        MatchWeights weights() {
            if (!applied) {
                return MatchWeights.HAND_SET;
            }
            double[][] w = new double[Comparison.values().length][Comparison.LEVELS];
            for (Estimate e : estimates) {
                w[e.comparison().ordinal()][e.level()] = e.weight();
            }
            return new MatchWeights(w);
        }
    }

    /**
     * The pairs learnt from: the first blocked pairs in block-hash order (a hash is no order of the
     * records, so these are blocks drawn at random) and pairs drawn at random. Enough for a stable
     * estimate of a dozen probabilities, and under a second of one core at 1M records.
     */
    static final int RANDOM_PAIRS = 60_000;
    private static final int RANDOM_PARTS = 4;
    static final long MAX_BLOCKED_PAIRS = 100_000;
    static final int ITERATIONS = 25;
    /** Fewer expected observations than this at a level: its hand-set weight is kept. */
    static final double MIN_EVIDENCE = 5;
    /** Fewer compared pairs than this: the hand-set weights alone (a small test list, a tiny wave). */
    static final long MIN_BLOCKED_PAIRS = 300;
    /** How many matched pairs the hand-set prior is worth. */
    static final double PRIOR_PAIRS = 200;
    /** How far, in bits, a learned weight may move a hand-set one. */
    public static final double MAX_SHIFT = 1.5;
    private static final double MAX_BITS = 20;

    private final PairScorer scorer;

    WeightEstimator(PairScorer scorer) {
        this.scorer = scorer;
    }

    Result estimate(Profile[] profiles, long seed) {
        int comparisons = Comparison.values().length;
        int perPart = profiles.length < 2 ? 0 : RANDOM_PAIRS / RANDOM_PARTS;
        int random = perPart * RANDOM_PARTS;
        // fixed parts, each with its own seed: the same draw on one core or several
        double[][] uCounts = java.util.stream.IntStream.range(0, RANDOM_PARTS).parallel()
                .mapToObj(part -> randomLevels(profiles, perPart, seed * 31 + part))
                .reduce(new double[comparisons][Comparison.LEVELS], WeightEstimator::sum);
        Map<Pattern, long[]> patterns = new HashMap<>();
        long[] blocked = {0};
        IdentityResolver.forEachBlockedPair(profiles, (a, b) -> {
            Pattern p = new Pattern(scorer.levels(profiles[a], profiles[b], java.util.EnumSet.noneOf(Field.class)));
            patterns.computeIfAbsent(p, k -> new long[1])[0]++;
            return ++blocked[0] < MAX_BLOCKED_PAIRS;
        });
        double[][] u = probabilities(uCounts, random);
        double[][] m = initialM(u);
        double lambda = 0.1;
        double[][] mCounts = new double[comparisons][Comparison.LEVELS];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            mCounts = new double[comparisons][Comparison.LEVELS];
            double matched = 0;
            for (Map.Entry<Pattern, long[]> e : patterns.entrySet()) {
                byte[] levels = e.getKey().levels;
                double pm = lambda;
                double pu = 1 - lambda;
                for (int c = 0; c < comparisons; c++) {
                    pm *= m[c][levels[c]];
                    pu *= u[c][levels[c]];
                }
                double posterior = pm / (pm + pu);
                double weight = posterior * e.getValue()[0];
                matched += weight;
                count(mCounts, levels, weight);
            }
            lambda = blocked[0] == 0 ? 0 : Math.min(0.999, Math.max(1e-6, matched / blocked[0]));
            m = probabilities(mCounts, matched);
        }
        boolean applied = blocked[0] >= MIN_BLOCKED_PAIRS && lambda > 0.01 && lambda < 0.999;
        List<Estimate> estimates = new ArrayList<>();
        for (Comparison c : Comparison.values()) {
            for (int level = 0; level < Comparison.LEVELS; level++) {
                double mi = m[c.ordinal()][level];
                double ui = u[c.ordinal()][level];
                double learned = Math.max(-MAX_BITS, Math.min(MAX_BITS, Math.log(mi / ui) / Math.log(2)));
                double evidence = mCounts[c.ordinal()][level];
                boolean fallback = level == Comparison.ABSENT || evidence < MIN_EVIDENCE
                        || uCounts[c.ordinal()][level] < MIN_EVIDENCE && evidence < 10 * MIN_EVIDENCE;
                double handSet = MatchWeights.HAND_SET.of(c, level);
                double used = !applied || fallback ? handSet : blend(learned, handSet, evidence);
                estimates.add(new Estimate(c, level, mi, ui, learned, handSet, fallback, evidence, used));
            }
        }
        return new Result(estimates, lambda, blocked[0], random, ITERATIONS, applied);
    }

    /** The learned weight shrunk towards the prior by its evidence, at most {@link #MAX_SHIFT} bits away from it. */
    static double blend(double learned, double handSet, double evidence) {
        double shrunk = (evidence * learned + PRIOR_PAIRS * handSet) / (evidence + PRIOR_PAIRS);
        double shift = Math.max(-MAX_SHIFT, Math.min(MAX_SHIFT, shrunk - handSet));
        return Math.round((handSet + shift) * 10) / 10.0;
    }

    private double[][] randomLevels(Profile[] profiles, int pairs, long seed) {
        double[][] counts = new double[Comparison.values().length][Comparison.LEVELS];
        Random rng = new Random(seed);
        for (int i = 0; i < pairs; i++) {
            int a = rng.nextInt(profiles.length);
            int b = rng.nextInt(profiles.length - 1);
            if (b >= a) {
                b++;
            }
            count(counts, scorer.levels(profiles[a], profiles[b], java.util.EnumSet.noneOf(Field.class)), 1);
        }
        return counts;
    }

    private static double[][] sum(double[][] x, double[][] y) {
        double[][] total = new double[x.length][Comparison.LEVELS];
        for (int c = 0; c < x.length; c++) {
            for (int l = 0; l < Comparison.LEVELS; l++) {
                total[c][l] = x[c][l] + y[c][l];
            }
        }
        return total;
    }

    private static void count(double[][] counts, byte[] levels, double weight) {
        for (int c = 0; c < levels.length; c++) {
            counts[c][levels[c]] += weight;
        }
    }

    /** Laplace-smoothed level probabilities per comparison. */
    private static double[][] probabilities(double[][] counts, double total) {
        double[][] p = new double[counts.length][Comparison.LEVELS];
        for (int c = 0; c < counts.length; c++) {
            for (int l = 0; l < Comparison.LEVELS; l++) {
                p[c][l] = (counts[c][l] + 0.5) / (total + 0.5 * Comparison.LEVELS);
            }
        }
        return p;
    }

    /** m to start from: what the hand-set weights say (m = u · 2^w), normalised per comparison. */
    private static double[][] initialM(double[][] u) {
        double[][] m = new double[u.length][Comparison.LEVELS];
        for (Comparison c : Comparison.values()) {
            double sum = 0;
            for (int l = 0; l < Comparison.LEVELS; l++) {
                m[c.ordinal()][l] = u[c.ordinal()][l] * Math.pow(2, MatchWeights.HAND_SET.of(c, l));
                sum += m[c.ordinal()][l];
            }
            for (int l = 0; l < Comparison.LEVELS; l++) {
                m[c.ordinal()][l] /= sum;
            }
        }
        return m;
    }

    /** A pair's levels as a map key. */
    private record Pattern(byte[] levels) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pattern p && java.util.Arrays.equals(levels, p.levels);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(levels);
        }
    }
}
