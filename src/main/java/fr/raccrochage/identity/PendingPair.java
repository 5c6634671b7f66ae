package fr.raccrochage.identity;

/**
 * A pair no operator has settled yet: the two young people it may join, both sides, and the
 * engine's score with each field's contribution ({@link Contributions}).
 */
public record PendingPair(PairKey key, ReviewSide a, ReviewSide b, double score, String motif, String detail) {
}
