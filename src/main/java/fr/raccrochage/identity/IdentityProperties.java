package fr.raccrochage.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code raccrochage.identite.*}.
 *
 * @param seuilMemePersonne score from which two records are merged into one person
 * @param seuilDoublonPossible score from which a pair is listed as a possible duplicate
 */
@ConfigurationProperties("raccrochage.identite")
public record IdentityProperties(@DefaultValue("12") double seuilMemePersonne,
        @DefaultValue("6") double seuilDoublonPossible) {

    public MatchThresholds thresholds() {
        return new MatchThresholds(seuilMemePersonne, seuilDoublonPossible);
    }
}
