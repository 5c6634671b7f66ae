package fr.raccrochage.identity;

import java.util.Arrays;

/**
 * The weight, in bits (about log2 of m/u), of each comparison at each level. {@link #HAND_SET} are
 * the engine's reference weights, set by hand and checked on the generated lists; the estimator
 * ({@link WeightEstimator}) learns others from the data and falls back on these where the data say
 * too little. Unused levels weigh 0.
 */
public final class MatchWeights {

    public static final MatchWeights HAND_SET = handSet();

    private final double[][] weights;

    MatchWeights(double[][] weights) {
        this.weights = weights;
    }

    double of(Comparison c, int level) {
        return weights[c.ordinal()][level];
    }

    /** A copy with one weight changed. */
    MatchWeights with(Comparison c, int level, double weight) {
        double[][] copy = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            copy[i] = Arrays.copyOf(weights[i], weights[i].length);
        }
        copy[c.ordinal()][level] = weight;
        return new MatchWeights(copy);
    }

    private static MatchWeights handSet() {
        double[][] w = new double[Comparison.values().length][Comparison.LEVELS];
        set(w, Comparison.INE, 14, 0, -4); // another source often gives another INE to the same pupil
        set(w, Comparison.NOM, 5, 3, -5);
        set(w, Comparison.PRENOM, 5, 3, -7);
        set(w, Comparison.DATE_NAISSANCE, 7, 5, -8); // close: day and month swapped
        set(w, Comparison.SEXE, 0, 0, -6);
        set(w, Comparison.TELEPHONE, 6, 0, -1); // young people change phones; close: a guardian's number
        set(w, Comparison.RESPONSABLES, 2, 0, 0);
        set(w, Comparison.TELEPHONE_RESPONSABLES, 2, 0, 0);
        set(w, Comparison.ADRESSE, 6, 1, -2); // close: same street, another number; families move
        set(w, Comparison.COMMUNE, 1, 0, 0);
        return new MatchWeights(w);
    }

    private static void set(double[][] w, Comparison c, double agree, double close, double disagree) {
        w[c.ordinal()][Comparison.AGREE] = agree;
        w[c.ordinal()][Comparison.CLOSE] = close;
        w[c.ordinal()][Comparison.DISAGREE] = disagree;
    }
}
