package fr.raccrochage.identity;

/**
 * Score thresholds of the decision: at or above {@code samePerson} the records are merged, at or above
 * {@code possibleDuplicate} they are listed for review.
 */
public record MatchThresholds(double samePerson, double possibleDuplicate) {

    public static final MatchThresholds DEFAULTS = new MatchThresholds(12.0, 6.0);

    public MatchThresholds {
        if (possibleDuplicate > samePerson) {
            throw new IllegalArgumentException("possibleDuplicate must not exceed samePerson");
        }
    }
}
