package fr.raccrochage.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code raccrochage.identite.*}.
 *
 * @param seuilMemePersonne score from which two records are merged into one person
 * @param seuilDoublonPossible score from which a pair is listed as a possible duplicate
 * @param poidsAppris whether each resolution scores with the weights learned from its records
 *        ({@link WeightEstimator}, the hand-set weights as prior and fallback); false: hand-set only
 */
@ConfigurationProperties("raccrochage.identite")
public record IdentityProperties(@DefaultValue("12") double seuilMemePersonne,
        @DefaultValue("6") double seuilDoublonPossible, @DefaultValue("true") boolean poidsAppris) {

    /** The weights a resolution of these records scores with. */
    WeightEstimator.Result weightsFor(Profile[] profiles) {
        PairScorer scorer = new PairScorer(thresholds(), MatchWeights.HAND_SET, NameFrequencies.of(profiles));
        return new WeightEstimator(scorer).estimate(profiles, 42);
    }

    public MatchThresholds thresholds() {
        return new MatchThresholds(seuilMemePersonne, seuilDoublonPossible);
    }
}
