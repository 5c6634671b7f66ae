package fr.raccrochage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.identity.WeightEstimator.Estimate;
import fr.raccrochage.identity.WeightEstimator.Result;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The estimator on a small labelled set whose answer is known: 600 young people, 300 of them written
 * twice; the second record's birth date is kept, its address one time in five is another one, its
 * last name has a typo one time in four. m of each level should come out near those rates.
 */
class WeightEstimatorTest {

    static final String[] LAST = {"MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND",
        "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX",
        "VINCENT", "FOURNIER"};
    static final String[] FIRST = {"LEA", "EMMA", "JADE", "LOUISE", "ALICE", "CHLOE", "LINA", "MILA", "LUCAS", "HUGO",
        "NOAH", "ADAM", "LEO", "GABRIEL", "ARTHUR", "JULES", "RAPHAEL", "LOUIS", "NINA", "ZOE"};
    static final String[] STREETS = {"rue Victor Hugo", "avenue Jean Jaurès", "rue Pasteur", "boulevard Gambetta",
        "rue de la République", "rue Voltaire"};

    /** The profiles, and for each its young person (the answer). */
    record Labelled(Profile[] profiles, int duplicatePairs, int[] person) {
    }

    static Labelled sample(long seed) {
        return sample(seed, false);
    }

    /**
     * @param decoys also, one young person in three has a look-alike: another young person born the
     *        same day whose names start with the same letters (same block, different people), so
     *        that the blocked pairs are not all duplicates
     */
    static Labelled sample(long seed, boolean decoys) {
        Random rng = new Random(seed);
        List<Profile> profiles = new ArrayList<>();
        List<Integer> persons = new ArrayList<>();
        int pairs = 0;
        for (int i = 0; i < 600; i++) {
            String last = LAST[rng.nextInt(LAST.length)] + (char) ('A' + rng.nextInt(26));
            Written young = youngPerson(rng, i, last, profiles, persons);
            pairs += young.twice() ? 1 : 0;
            if (decoys && i % 3 == 0) {
                profiles.add(profile(last.charAt(0) + "ZX" + (char) ('A' + rng.nextInt(26)), young.first().charAt(0) + "ORA",
                        young.born(), (1 + rng.nextInt(60)) + " rue des Lilas", young.postcode()));
                persons.add(1000 + i);
            }
        }
        return new Labelled(profiles.toArray(Profile[]::new), pairs, persons.stream().mapToInt(p -> p).toArray());
    }

    /** What {@link #youngPerson} wrote of one young person. */
    record Written(String first, LocalDate born, String postcode, boolean twice) {
    }

    /**
     * One young person's record, and for one in two (even ids) a second record: same birth date, a
     * last-name typo one time in four, another address one time in five.
     */
    static Written youngPerson(Random rng, int id, String last, List<Profile> profiles, List<Integer> persons) {
        String first = FIRST[rng.nextInt(FIRST.length)];
        LocalDate born = LocalDate.of(2006 + rng.nextInt(4), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        String address = (1 + rng.nextInt(60)) + " " + STREETS[rng.nextInt(STREETS.length)];
        String postcode = "9" + (3000 + rng.nextInt(10) * 10);
        profiles.add(profile(last, first, born, address, postcode));
        persons.add(id);
        boolean twice = id % 2 == 0;
        if (twice) {
            String last2 = rng.nextInt(4) == 0 ? last.substring(0, last.length() - 1) + "Z" : last;
            String address2 = rng.nextInt(5) == 0 ? (61 + rng.nextInt(60)) + " rue des Lilas" : address;
            profiles.add(profile(last2, first, born, address2, postcode));
            persons.add(id);
        }
        return new Written(first, born, postcode, twice);
    }

    static Profile profile(String last, String first, LocalDate born, String address, String postcode) {
        return Profile.of(new Candidate(0, null, last, first, born, null, null, List.of(), List.of(), null, address,
                postcode));
    }

    static Estimate estimate(Result r, Comparison c, int level) {
        return r.estimates().stream().filter(e -> e.comparison() == c && e.level() == level).findFirst().orElseThrow();
    }

    @Test
    void shouldLearnMAndUCloseToTheRatesTheSampleWasMadeWith() {
        Labelled sample = sample(7);
        PairScorer scorer = new PairScorer(MatchThresholds.DEFAULTS);

        Result r = new WeightEstimator(scorer).estimate(sample.profiles(), 42);

        // every duplicate shares its birth date and initials: all of them are in the first rule's blocks
        assertThat(r.sessions().get(0).pairs()).isGreaterThanOrEqualTo(sample.duplicatePairs());
        assertThat(r.sessions().get(0).matchShare() * r.sessions().get(0).pairs())
                .isBetween(0.9 * sample.duplicatePairs(), 1.1 * sample.duplicatePairs());
        double namesShare = trueShare(sample, BlockingKeys::namesKey);
        assertThat(r.sessions().get(1).matchShare()).isBetween(0.9 * namesShare, Math.min(1, 1.1 * namesShare));
        assertThat(estimate(r, Comparison.DATE_NAISSANCE, Comparison.AGREE).m()).isGreaterThan(0.95);
        assertThat(estimate(r, Comparison.ADRESSE, Comparison.AGREE).m()).isBetween(0.7, 0.9);
        assertThat(estimate(r, Comparison.NOM, Comparison.AGREE).m()).isBetween(0.65, 0.85);
        assertThat(estimate(r, Comparison.DATE_NAISSANCE, Comparison.AGREE).u()).isLessThan(0.01);
        assertThat(estimate(r, Comparison.ADRESSE, Comparison.AGREE).learned()).isGreaterThan(5);
        assertThat(estimate(r, Comparison.PRENOM, Comparison.DISAGREE).learned()).isLessThan(0);
    }

    @Test
    void shouldFallBackOnTheHandSetWeightsWhereTheDataSayNothing() {
        Result r = new WeightEstimator(new PairScorer(MatchThresholds.DEFAULTS)).estimate(sample(3).profiles(), 42);

        Estimate ine = estimate(r, Comparison.INE, Comparison.AGREE);
        assertThat(ine.fallback()).isTrue();
        assertThat(ine.weight()).isEqualTo(MatchWeights.HAND_SET.of(Comparison.INE, Comparison.AGREE));
        assertThat(r.weights().of(Comparison.INE, Comparison.AGREE)).isEqualTo(14);
        assertThat(estimate(r, Comparison.NOM, Comparison.ABSENT).weight()).isZero();
    }

    @Test
    void shouldShrinkALearnedWeightTowardsTheHandSetPriorByItsEvidenceAndKeepItNear() {
        assertThat(WeightEstimator.blend(10, 6, 0)).isEqualTo(6);
        // 200 pairs of evidence weigh as much as the prior: halfway (8), then at most 1.5 bits away
        assertThat(WeightEstimator.blend(10, 6, WeightEstimator.PRIOR_PAIRS)).isEqualTo(7.5);
        assertThat(WeightEstimator.blend(6.4, 6, 1_000_000)).isEqualTo(6.4);
        assertThat(WeightEstimator.blend(-20, -8, 1_000_000)).isEqualTo(-9.5);
    }

    /** A learned weight is taken when it is less confident than the hand-set one, never more, never turned over. */
    @Test
    void shouldTakeALearnedWeightOnlyTowardsZero() {
        assertThat(WeightEstimator.towardsZero(6.5, 5)).isEqualTo(5);
        assertThat(WeightEstimator.towardsZero(3.5, 5)).isEqualTo(3.5);
        assertThat(WeightEstimator.towardsZero(-1, 5)).isZero();
        assertThat(WeightEstimator.towardsZero(-9.5, -8)).isEqualTo(-8);
        assertThat(WeightEstimator.towardsZero(-2.5, -4)).isEqualTo(-2.5);
        assertThat(WeightEstimator.towardsZero(1, -4)).isZero();
        assertThat(WeightEstimator.towardsZero(2, 0)).isZero();
    }

    /**
     * Every blocked pair is a duplicate here (each young person alone with his own two records in
     * each block): EM saturates (99.9 %), no pair tells what differs between two young people, the
     * hand-set weights, and the verdict says why.
     */
    @Test
    void shouldScoreWithTheHandSetWeightsWhenTheEstimateSaturates() {
        List<Profile> twice = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Profile p = profile(LAST[i % LAST.length] + letters(new Random(i), 5), FIRST[i / 20 % FIRST.length],
                    LocalDate.of(2006, 1, 1).plusDays(i), (1 + i % 60) + " rue Pasteur", "93000");
            twice.add(p);
            twice.add(p);
        }

        Result r = new WeightEstimator(new PairScorer(MatchThresholds.DEFAULTS)).estimate(twice.toArray(Profile[]::new),
                42);

        assertThat(r.sessions()).allSatisfy(s -> assertThat(s.matchShare()).isGreaterThanOrEqualTo(0.999));
        assertThat(r.verdict()).isEqualTo(WeightEstimator.Verdict.SATURATED);
        assertThat(r.applied()).isFalse();
        assertThat(r.weights()).isSameAs(MatchWeights.HAND_SET);
    }

    @Test
    void shouldScoreWithTheHandSetWeightsAloneWhenTooFewPairsWereCompared() {
        Profile[] few = java.util.Arrays.copyOf(sample(5).profiles(), 40);

        Result r = new WeightEstimator(new PairScorer(MatchThresholds.DEFAULTS)).estimate(few, 42);

        assertThat(r.applied()).isFalse();
        assertThat(r.verdict()).isEqualTo(WeightEstimator.Verdict.TOO_FEW_PAIRS);
        assertThat(r.weights()).isSameAs(MatchWeights.HAND_SET);
        assertThat(r.estimates()).allSatisfy(e -> assertThat(e.weight()).isEqualTo(e.handSet()));
    }

    /**
     * A small copy of what 1M records look like inside the blocks: each young person has three
     * strangers born the same day whose names start with the same letters (same birth-date block),
     * and one in two a namesake born the same year on another day (same names block). 200 of the 400
     * young people are written twice (the second record: same birth date, a last-name typo one time
     * in four, another address one time in five), so that about one blocked pair in ten is a
     * duplicate: EM over all the blocked pairs with u held at its random-pair value took nearly every
     * pair for a duplicate (the look-alikes agree on the birth date or on both names, which random
     * pairs almost never do) and the engine fell back on the hand-set weights.
     */
    static Labelled crowded(long seed) {
        Random rng = new Random(seed);
        List<Profile> profiles = new ArrayList<>();
        List<Integer> persons = new ArrayList<>();
        int pairs = 0;
        int stranger = 10_000;
        for (int i = 0; i < 400; i++) {
            String last = LAST[rng.nextInt(LAST.length)] + (char) ('A' + rng.nextInt(26)) + (char) ('A' + rng.nextInt(26));
            Written young = youngPerson(rng, i, last, profiles, persons);
            pairs += young.twice() ? 1 : 0;
            String first = young.first();
            LocalDate born = young.born();
            for (int k = 0; k < 3; k++) {
                profiles.add(profile(last.charAt(0) + "Q" + letters(rng, 6), first.charAt(0) + "Y" + letters(rng, 4),
                        born, (1 + rng.nextInt(60)) + " " + STREETS[rng.nextInt(STREETS.length)],
                        "9" + (3000 + rng.nextInt(10) * 10)));
                persons.add(stranger++);
            }
            if (i % 2 == 1) {
                profiles.add(profile(last, first, born.withDayOfMonth(born.getDayOfMonth() % 28 + 1),
                        (61 + rng.nextInt(60)) + " " + STREETS[rng.nextInt(STREETS.length)], "9" + (3000 + rng.nextInt(10) * 10)));
                persons.add(stranger++);
            }
        }
        return new Labelled(profiles.toArray(Profile[]::new), pairs, persons.stream().mapToInt(p -> p).toArray());
    }

    private static String letters(Random rng, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('A' + rng.nextInt(26)));
        }
        return b.toString();
    }

    /** The true share of duplicates among the pairs of a rule's blocks. */
    static double trueShare(Labelled sample, java.util.function.Function<Profile, String> key) {
        java.util.Map<String, List<Integer>> blocks = new java.util.HashMap<>();
        for (int i = 0; i < sample.profiles().length; i++) {
            String k = key.apply(sample.profiles()[i]);
            if (k != null) {
                blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        long all = 0;
        long same = 0;
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    all++;
                    if (sample.person()[block.get(x)] == sample.person()[block.get(y)]) {
                        same++;
                    }
                }
            }
        }
        return (double) same / all;
    }

    @Test
    void shouldLearnInsideCrowdedBlocksWhereMostPairsAreLookAlikes() {
        Labelled sample = crowded(11);
        PairScorer scorer = new PairScorer(MatchThresholds.DEFAULTS, MatchWeights.HAND_SET,
                NameFrequencies.of(sample.profiles()));

        Result r = new WeightEstimator(scorer).estimate(sample.profiles(), 42);

        assertThat(r.verdict()).isEqualTo(WeightEstimator.Verdict.LEARNED);
        assertThat(r.applied()).isTrue();
        assertThat(r.sessions()).hasSize(2);
        double dateShare = trueShare(sample, BlockingKeys::dateKey);
        double namesShare = trueShare(sample, BlockingKeys::namesKey);
        assertThat(dateShare).isBetween(0.05, 0.2); // the look-alikes are most of the blocked pairs
        assertThat(r.sessions().get(0).matchShare()).isBetween(0.8 * dateShare, 1.2 * dateShare);
        assertThat(r.sessions().get(1).matchShare()).isBetween(0.8 * namesShare, 1.2 * namesShare);
        // m near the rates the duplicates were made with
        assertThat(estimate(r, Comparison.NOM, Comparison.AGREE).m()).isBetween(0.65, 0.85);
        assertThat(estimate(r, Comparison.PRENOM, Comparison.AGREE).m()).isGreaterThan(0.95);
        assertThat(estimate(r, Comparison.ADRESSE, Comparison.AGREE).m()).isBetween(0.7, 0.9);
        assertThat(estimate(r, Comparison.DATE_NAISSANCE, Comparison.AGREE).m()).isGreaterThan(0.95);
        // the weights scored with: learned, within MAX_SHIFT of the hand-set ones and no more confident
        assertThat(r.weights()).isNotSameAs(MatchWeights.HAND_SET);
        assertThat(estimate(r, Comparison.PRENOM, Comparison.AGREE).fallback()).isFalse();
        assertThat(r.estimates()).allSatisfy(e -> {
            assertThat(Math.abs(e.weight() - e.handSet())).isLessThanOrEqualTo(WeightEstimator.MAX_SHIFT + 1e-9);
            assertThat(Math.abs(e.weight())).isLessThanOrEqualTo(Math.abs(e.handSet()));
        });
        // a first name agreeing is worth more than 5 bits in these data (m near 1, u small): kept at 5, said so
        Estimate first = estimate(r, Comparison.PRENOM, Comparison.AGREE);
        assertThat(first.learned()).isGreaterThan(first.handSet());
        assertThat(first.bolder()).isTrue();
        assertThat(first.weight()).isEqualTo(first.handSet());
        assertThat(r.estimates()).anySatisfy(e -> assertThat(e.weight()).isNotEqualTo(e.handSet()));
    }

    @Test
    void shouldDrawTheBlocksLearntFromUniformlyOverAllHashes() {
        int taken = 0;
        int low = 0;
        for (int block = -50_000; block < 50_000; block++) {
            if (WeightEstimator.taken(block * 40_000, 43, 0.1)) {
                taken++;
                low += block < 0 ? 1 : 0;
            }
        }
        assertThat(taken).isBetween(9_500, 10_500);
        assertThat(low).isBetween(4_500, 5_500); // as many below zero as above: not the first blocks in hash order
        assertThat(WeightEstimator.taken(123, 43, 1.0)).isTrue();
    }
}
