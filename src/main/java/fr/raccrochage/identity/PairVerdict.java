package fr.raccrochage.identity;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The engine's verdict on a pair: the decision, its score, the rule that settled it, the fields
 * that agreed, and each comparison's contribution to the score (indexed by {@link Comparison}'s
 * ordinal: the "waterfall" shown to operators).
 */
public record PairVerdict(Decision decision, double score, Rule rule, Set<Field> agreed, double[] contributions) {

    public PairVerdict(Decision decision, double score, Rule rule, Set<Field> agreed) {
        this(decision, score, rule, agreed, new double[Comparison.values().length]);
    }

    /** The contributions in their stored form, e.g. "NOM=5.0|PRENOM=-7.0|DATE_NAISSANCE=7.0". */
    public String detail() {
        return Contributions.format(contributions);
    }

    /** Why the decision was taken. */
    public enum Rule {
        INE_IDENTIQUE, SCORE, VETO_JUMEAUX, VETO_FRATRIE, HOMONYMES
    }

    /** The explanation an operator reads, in French. */
    public String motif() {
        String fields = agreedText();
        String score = Contributions.oneDecimal(this.score, ',');
        return switch (rule) {
            case INE_IDENTIQUE -> "INE identique (" + fields + ", score " + score + ")";
            case SCORE -> fields + " (score " + score + ")";
            case VETO_JUMEAUX -> "jumeaux probables : même date de naissance et même famille, prénoms différents (score "
                    + score + ")";
            case VETO_FRATRIE -> "fratrie probable : même famille, prénom et date de naissance différents (score "
                    + score + ")";
            case HOMONYMES -> "homonymes possibles : " + fields + ", rien d'autre en commun (score " + score + ")";
        };
    }

    private String agreedText() {
        if (agreed.isEmpty()) {
            return "aucun champ ne concorde";
        }
        var labels = agreed.stream().sorted().map(f -> f.label).collect(Collectors.toList());
        String verb = labels.size() == 1 ? " concorde" : " concordent";
        if (labels.size() == 1) {
            return labels.get(0) + verb;
        }
        String last = labels.remove(labels.size() - 1);
        return String.join(", ", labels) + " et " + last + verb;
    }
}
