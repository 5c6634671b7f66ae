package fr.raccrochage.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Learns the weights from the records themselves, as the record-linkage literature and Splink do:
 * u (the chance of each level between two different young people) from pairs drawn at random, m (the
 * same for two records of one young person) by expectation–maximisation over pairs the blocking
 * proposes. A level the data say too little about keeps its hand-set weight (the prior); so does
 * every ABSENT level (a missing value is no evidence, weight 0).
 *
 * <p>EM runs once per blocking rule ({@link #RULES}), on pairs drawn uniformly from that rule's
 * blocks, with the rule's own fields left out (Splink's way: two records sharing a birth date because
 * they were blocked on it say nothing of how often a young person's two records share it), and with u
 * among these pairs free (fastLink's way): different young people inside a block are not random
 * pairs, they all share the birth date and initials, or the names and the year. With u held at its
 * random-pair value, EM took every such look-alike for a duplicate and saturated (99.9 % of the
 * blocked pairs "matches" at 100,000 and 1,000,000 records). The two rules' m are averaged where both
 * estimate a field; the birth date's m comes from the names rule, the names' from the birth date rule.
 * The weight scored with is log2(m/u) with u from random pairs: the thresholds are set on that scale.
 *
 * <p>The weight the engine scores with ({@link Estimate#weight()}) is the learned one shrunk towards
 * the hand-set prior by how much evidence the level has ({@link #PRIOR_PAIRS} pseudo-pairs), and kept
 * within {@link #MAX_SHIFT} bits of it: EM assumes the fields independent given the match status,
 * and they are not (a family shares a phone, an address and a commune), so raw log2(m/u) add up to
 * far more confidence than the data hold; the thresholds are set on the hand-set scale. For the same
 * reason a learned weight may only be less confident than the hand-set one ({@link #towardsZero}):
 * where the data ask for more, the hand-set weight is kept and the report says so. The estimator
 * diagnoses itself ({@link Verdict}): too few compared pairs in a rule, a degenerate share of matches
 * (saturated, at most 1 % or at least 99.9 %), or a "match" class that does not agree on the fields
 * left to it more than the other class does (EM split the pairs on something else): then the engine
 * scores with the hand-set weights alone, and says why.
 */
public final class WeightEstimator {

    /**
     * One comparison level's estimate.
     *
     * @param learned log2(m/u), bounded
     * @param fallback the data say too little: the hand-set weight is used
     * @param bolder the learned weight, shrunk and bounded, is more confident than the hand-set one: the
     *        hand-set one is used ({@link #towardsZero})
     * @param used the weight the engine scores with
     */
    public record Estimate(Comparison comparison, int level, double m, double u, double learned, double handSet,
            boolean fallback, boolean bolder, double matchedPairs, double used) {

        public double weight() {
            return used;
        }
    }

    /** Whether the learned weights are used, and if not why. */
    public enum Verdict {
        /** The estimate is sound: the engine scores with the learned weights. */
        LEARNED,
        /** A rule compared fewer than {@link #MIN_BLOCKED_PAIRS} pairs (a small list, a tiny wave). */
        TOO_FEW_PAIRS,
        /** EM took (nearly) every pair, or none, for two records of one young person. */
        SATURATED,
        /** EM's two classes are not "same young person / different": the "same" class agrees no more. */
        NOT_SEPARATED
    }

    /**
     * One EM run over one blocking rule's pairs.
     *
     * @param rule the rule's French description
     * @param pairs the pairs learnt from
     * @param matchShare the estimated share of pairs that are two records of one young person
     * @param iterations EM iterations done
     * @param verdict LEARNED when this session's estimate is sound
     */
    public record Session(String rule, long pairs, double matchShare, int iterations, Verdict verdict) {
    }

    /**
     * The estimates, the share of blocked pairs that are matches, and what they were learnt from.
     *
     * @param applied false when the whole table falls back on the hand-set weights ({@link #verdict()})
     */
    public record Result(List<Estimate> estimates, double matchShare, long blockedPairs, int randomPairs, int iterations,
            boolean applied, Verdict verdict, List<Session> sessions) {

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

    /** A blocking rule learnt from: its key, and the comparisons it makes agree by construction. */
    record Rule(String label, Function<Profile, String> key, Set<Comparison> excluded, Set<Comparison> separating) {
    }

    static final List<Rule> RULES = List.of(
            new Rule("date de naissance et initiales", BlockingKeys::dateKey, EnumSet.of(Comparison.DATE_NAISSANCE),
                    EnumSet.of(Comparison.NOM, Comparison.PRENOM)),
            new Rule("noms et année de naissance", BlockingKeys::namesKey,
                    EnumSet.of(Comparison.NOM, Comparison.PRENOM), EnumSet.of(Comparison.DATE_NAISSANCE)));

    /**
     * The pairs learnt from: per rule, the pairs of blocks drawn uniformly over all the rule's blocks,
     * and pairs drawn at random. Enough for a stable estimate of a dozen probabilities, and about a
     * second of one core at 1M records.
     */
    static final int RANDOM_PAIRS = 60_000;
    private static final int RANDOM_PARTS = 4;
    static final long MAX_BLOCKED_PAIRS = 100_000;
    /** EM iterations: at least this many, then until the share of matches moves less than 1e-6. */
    static final int ITERATIONS = 25;
    static final int MAX_ITERATIONS = 500;
    /** Fewer expected observations than this at a level: its hand-set weight is kept. */
    static final double MIN_EVIDENCE = 5;
    /** Fewer compared pairs than this in a rule: the hand-set weights alone (a small test list, a tiny wave). */
    static final long MIN_BLOCKED_PAIRS = 150;
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
        double[][] uCounts = randomCounts(profiles, perPart, seed);
        double[][] u = probabilities(uCounts, random);
        // expected counts of each level among the pairs taken for one young person, over the rules:
        // both m's numerator and the evidence a level has
        double[][] mSum = new double[comparisons][Comparison.LEVELS];
        double[] matchedOf = new double[comparisons];
        List<Session> sessions = new ArrayList<>();
        long blocked = 0;
        double matchedAll = 0;
        int iterationsMax = 0;
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            Map<Pattern, long[]> patterns = new HashMap<>();
            long pairs = sampleBlocks(profiles, rule, MAX_BLOCKED_PAIRS / RULES.size(), seed + 1 + r, patterns);
            Em em = em(patterns, pairs, u, rule.excluded());
            Verdict verdict = pairs < MIN_BLOCKED_PAIRS ? Verdict.TOO_FEW_PAIRS
                    : em.lambda <= 0.01 || em.lambda >= 0.999 ? Verdict.SATURATED
                    : !separates(em, rule) ? Verdict.NOT_SEPARATED : Verdict.LEARNED;
            sessions.add(new Session(rule.label(), pairs, em.lambda, em.iterations, verdict));
            blocked += pairs;
            matchedAll += em.lambda * pairs;
            iterationsMax = Math.max(iterationsMax, em.iterations);
            for (Comparison c : Comparison.values()) {
                if (rule.excluded().contains(c)) {
                    continue;
                }
                matchedOf[c.ordinal()] += em.matched;
                for (int l = 0; l < Comparison.LEVELS; l++) {
                    mSum[c.ordinal()][l] += em.mCounts[c.ordinal()][l];
                }
            }
        }
        Verdict verdict = sessions.stream().map(Session::verdict).filter(v -> v != Verdict.LEARNED).findFirst()
                .orElse(Verdict.LEARNED);
        boolean applied = verdict == Verdict.LEARNED;
        List<Estimate> estimates = new ArrayList<>();
        for (Comparison c : Comparison.values()) {
            double[] m = new double[Comparison.LEVELS];
            for (int l = 0; l < Comparison.LEVELS; l++) {
                m[l] = (mSum[c.ordinal()][l] + 0.5) / (matchedOf[c.ordinal()] + 0.5 * Comparison.LEVELS);
            }
            for (int level = 0; level < Comparison.LEVELS; level++) {
                estimates.add(estimate(c, level, m[level], u[c.ordinal()][level], mSum[c.ordinal()][level],
                        uCounts[c.ordinal()][level], applied));
            }
        }
        return new Result(estimates, blocked == 0 ? 0 : matchedAll / blocked, blocked, random, iterationsMax, applied,
                verdict, sessions);
    }

    private static Estimate estimate(Comparison c, int level, double mi, double ui, double evidence, double uCount,
            boolean applied) {
        double learned = Math.max(-MAX_BITS, Math.min(MAX_BITS, Math.log(mi / ui) / Math.log(2)));
        boolean fallback = level == Comparison.ABSENT || evidence < MIN_EVIDENCE
                || uCount < MIN_EVIDENCE && evidence < 10 * MIN_EVIDENCE;
        double handSet = MatchWeights.HAND_SET.of(c, level);
        double blended = blend(learned, handSet, evidence);
        boolean bolder = !fallback && Math.abs(blended) > Math.abs(handSet);
        double used = !applied || fallback ? handSet : towardsZero(blended, handSet);
        return new Estimate(c, level, mi, ui, learned, handSet, fallback, bolder, evidence, used);
    }

    /**
     * The "same young person" class must agree on the fields the rule leaves to tell people apart
     * (the names inside a birth-date block, the birth date inside a names block) more often than the
     * other class: otherwise EM split the pairs on something else (families, sources).
     */
    private static boolean separates(Em em, Rule rule) {
        for (Comparison c : rule.separating()) {
            if (em.m[c.ordinal()][Comparison.AGREE] <= 2 * em.v[c.ordinal()][Comparison.AGREE]) {
                return false;
            }
        }
        return true;
    }

    /** One EM run's outcome: m and u among the pairs, the share of matches, the expected counts. */
    private record Em(double[][] m, double[][] v, double lambda, double matched, double[][] mCounts, int iterations) {
    }

    /**
     * EM over the pairs' level patterns, the excluded comparisons left out of the likelihood: m and u
     * among these pairs re-estimated at each step, starting from the hand-set
     * weights' m and the random pairs' u.
     */
    private static Em em(Map<Pattern, long[]> patterns, long pairs, double[][] uRandom, Set<Comparison> excluded) {
        int comparisons = Comparison.values().length;
        boolean[] used = new boolean[comparisons];
        for (Comparison c : Comparison.values()) {
            used[c.ordinal()] = !excluded.contains(c);
        }
        double[][] m = initialM(uRandom);
        double[][] v = uRandom;
        double lambda = 0.1;
        double matched = 0;
        double[][] mCounts = new double[comparisons][Comparison.LEVELS];
        int iterations = 0;
        while (iterations < MAX_ITERATIONS) {
            iterations++;
            mCounts = new double[comparisons][Comparison.LEVELS];
            double[][] vCounts = new double[comparisons][Comparison.LEVELS];
            matched = 0;
            for (Map.Entry<Pattern, long[]> e : patterns.entrySet()) {
                byte[] levels = e.getKey().levels;
                double pm = lambda;
                double pu = 1 - lambda;
                for (int c = 0; c < comparisons; c++) {
                    if (used[c]) {
                        pm *= m[c][levels[c]];
                        pu *= v[c][levels[c]];
                    }
                }
                long n = e.getValue()[0];
                double weight = pm + pu == 0 ? 0 : pm / (pm + pu) * n;
                matched += weight;
                count(mCounts, levels, weight);
                count(vCounts, levels, n - weight);
            }
            double previous = lambda;
            lambda = pairs == 0 ? 0 : Math.min(0.999, Math.max(1e-6, matched / pairs));
            m = probabilities(mCounts, matched);
            v = probabilities(vCounts, pairs - matched);
            if (iterations >= ITERATIONS && Math.abs(lambda - previous) < 1e-6) {
                break;
            }
        }
        return new Em(m, v, lambda, matched, mCounts, iterations);
    }

    /**
     * The level patterns of pairs inside a sample of the rule's blocks, each block taken with the same
     * chance (a 64-bit mix of its key's hash and the seed under the share that gives about
     * {@code pairs} pairs): uniform over all the blocks, not the first ones in some order. Blocks
     * larger than the resolver's {@link IdentityResolver#MAX_BLOCK} are never compared, so not learnt
     * from either. Returns the pairs counted.
     */
    private long sampleBlocks(Profile[] profiles, Rule rule, long pairs, long seed, Map<Pattern, long[]> patterns) {
        long[] entries = IdentityResolver.blockEntries(profiles, p -> Collections.singletonList(rule.key().apply(p)));
        long total = 0;
        for (int from = 0; from < entries.length; ) {
            int to = IdentityResolver.blockEnd(entries, from);
            long size = to - from;
            if (size <= IdentityResolver.MAX_BLOCK) {
                total += size * (size - 1) / 2;
            }
            from = to;
        }
        double share = total <= pairs ? 1 : (double) pairs / total;
        long seen = 0;
        for (int from = 0; from < entries.length && seen < pairs; ) {
            int to = IdentityResolver.blockEnd(entries, from);
            if (to - from > 1 && to - from <= IdentityResolver.MAX_BLOCK
                    && (share >= 1 || taken((int) (entries[from] >> 32), seed, share))) {
                for (int x = from; x < to && seen < pairs; x++) {
                    for (int y = x + 1; y < to && seen < pairs; y++) {
                        Profile a = profiles[(int) entries[x]];
                        Profile b = profiles[(int) entries[y]];
                        Pattern p = new Pattern(scorer.levels(a, b, EnumSet.noneOf(Field.class)));
                        patterns.computeIfAbsent(p, k -> new long[1])[0]++;
                        seen++;
                    }
                }
            }
            from = to;
        }
        return seen;
    }

    /** Whether a block is in the sample: SplitMix64's finaliser over its hash and the seed. */
    static boolean taken(int block, long seed, double share) {
        long z = block * 0x9E3779B97F4A7C15L + seed;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53 < share;
    }

    /**
     * The data may make a weight less confident than its hand-set value, not more, nor turn it over:
     * EM's weights assume the fields independent, and the pairs that break the assumption (homonyms
     * sharing names and birth date, a household sharing address, commune, guardians and phone) all
     * push agreements' learned weights up. Measured (docs/benchmarks.md, issue 13 fourth part): taking
     * them up put twice as many records on review at 1M and on lists without identifiers, and lowered
     * precision at 1M. Disagreements learned as less telling (another INE) are taken.
     */
    static double towardsZero(double learned, double handSet) {
        return handSet >= 0 ? Math.max(0, Math.min(learned, handSet)) : Math.min(0, Math.max(learned, handSet));
    }

    /** The learned weight shrunk towards the prior by its evidence, at most {@link #MAX_SHIFT} bits away from it. */
    static double blend(double learned, double handSet, double evidence) {
        double shrunk = (evidence * learned + PRIOR_PAIRS * handSet) / (evidence + PRIOR_PAIRS);
        double shift = Math.max(-MAX_SHIFT, Math.min(MAX_SHIFT, shrunk - handSet));
        return Math.round((handSet + shift) * 10) / 10.0;
    }

    /** Level counts of random pairs, in fixed parts each with its own seed: the same draw on one core or several. */
    private double[][] randomCounts(Profile[] profiles, int perPart, long seed) {
        return IntStream.range(0, RANDOM_PARTS).parallel()
                .mapToObj(part -> randomLevels(profiles, perPart, seed * 31 + part))
                .reduce(new double[Comparison.values().length][Comparison.LEVELS], WeightEstimator::sum);
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
            count(counts, scorer.levels(profiles[a], profiles[b], EnumSet.noneOf(Field.class)), 1);
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
            return o instanceof Pattern p && Arrays.equals(levels, p.levels);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(levels);
        }
    }
}
