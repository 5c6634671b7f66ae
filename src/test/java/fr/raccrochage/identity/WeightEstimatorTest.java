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
            persons.add(i);
            String last = LAST[rng.nextInt(LAST.length)] + (char) ('A' + rng.nextInt(26));
            String first = FIRST[rng.nextInt(FIRST.length)];
            LocalDate born = LocalDate.of(2006 + rng.nextInt(4), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
            String address = (1 + rng.nextInt(60)) + " " + STREETS[rng.nextInt(STREETS.length)];
            String postcode = "9" + (3000 + rng.nextInt(10) * 10);
            profiles.add(profile(last, first, born, address, postcode));
            if (i % 2 == 0) {
                pairs++;
                String last2 = rng.nextInt(4) == 0 ? last.substring(0, last.length() - 1) + "Z" : last;
                String address2 = rng.nextInt(5) == 0 ? (61 + rng.nextInt(60)) + " rue des Lilas" : address;
                profiles.add(profile(last2, first, born, address2, postcode));
                persons.add(i);
            }
            if (decoys && i % 3 == 0) {
                profiles.add(profile(last.charAt(0) + "ZX" + (char) ('A' + rng.nextInt(26)), first.charAt(0) + "ORA",
                        born, (1 + rng.nextInt(60)) + " rue des Lilas", postcode));
                persons.add(1000 + i);
            }
        }
        return new Labelled(profiles.toArray(Profile[]::new), pairs, persons.stream().mapToInt(p -> p).toArray());
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

        assertThat(r.blockedPairs()).isGreaterThanOrEqualTo(sample.duplicatePairs());
        assertThat(r.matchShare() * r.blockedPairs()).isBetween(0.9 * sample.duplicatePairs(),
                1.1 * sample.duplicatePairs());
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

    /** Nearly all blocked pairs are duplicates here: EM saturates (99.9 %), unstable, the hand-set weights. */
    @Test
    void shouldScoreWithTheHandSetWeightsWhenTheEstimateIsUnstable() {
        Result r = new WeightEstimator(new PairScorer(MatchThresholds.DEFAULTS)).estimate(sample(7).profiles(), 42);

        assertThat(r.matchShare()).isGreaterThanOrEqualTo(0.999);
        assertThat(r.applied()).isFalse();
        assertThat(r.weights()).isSameAs(MatchWeights.HAND_SET);
    }

    @Test
    void shouldScoreWithTheHandSetWeightsAloneWhenTooFewPairsWereCompared() {
        Profile[] few = java.util.Arrays.copyOf(sample(5).profiles(), 40);

        Result r = new WeightEstimator(new PairScorer(MatchThresholds.DEFAULTS)).estimate(few, 42);

        assertThat(r.applied()).isFalse();
        assertThat(r.weights()).isSameAs(MatchWeights.HAND_SET);
        assertThat(r.estimates()).allSatisfy(e -> assertThat(e.weight()).isEqualTo(e.handSet()));
    }
}
