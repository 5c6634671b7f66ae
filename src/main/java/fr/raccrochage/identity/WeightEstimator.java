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
 */
public final class WeightEstimator {

    /** One comparison level's estimate. */
    public record Estimate(Comparison comparison, int level, double m, double u, double learned, double handSet,
            boolean fallback, double matchedPairs) {

        public double weight() {
            return fallback ? handSet : learned;
        }
    }

    /** The estimates, the share of blocked pairs that are matches, and what they were learnt from. */
    public record Result(List<Estimate> estimates, double matchShare, long blockedPairs, int randomPairs, int iterations) {

        MatchWeights weights() {
            double[][] w = new double[Comparison.values().length][Comparison.LEVELS];
            for (Estimate e : estimates) {
                w[e.comparison().ordinal()][e.level()] = e.weight();
            }
            return new MatchWeights(w);
        }
    }

    static final int RANDOM_PAIRS = 200_000;
    static final long MAX_BLOCKED_PAIRS = 3_000_000;
    static final int ITERATIONS = 25;
    /** Fewer expected observations than this at a level: its hand-set weight is kept. */
    static final double MIN_EVIDENCE = 5;
    private static final double MAX_BITS = 20;

    private final PairScorer scorer;

    WeightEstimator(PairScorer scorer) {
        this.scorer = scorer;
    }

    Result estimate(Profile[] profiles, long seed) {
        int comparisons = Comparison.values().length;
        double[][] uCounts = new double[comparisons][Comparison.LEVELS];
        int random = profiles.length < 2 ? 0 : RANDOM_PAIRS;
        Random rng = new Random(seed);
        for (int i = 0; i < random; i++) {
            int a = rng.nextInt(profiles.length);
            int b = rng.nextInt(profiles.length - 1);
            if (b >= a) {
                b++;
            }
            count(uCounts, scorer.levels(profiles[a], profiles[b], java.util.EnumSet.noneOf(Field.class)), 1);
        }
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
                estimates.add(new Estimate(c, level, mi, ui, learned, handSet, fallback, evidence));
            }
        }
        return new Result(estimates, lambda, blocked[0], random, ITERATIONS);
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
