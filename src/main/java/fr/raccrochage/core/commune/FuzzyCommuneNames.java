package fr.raccrochage.core.commune;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Typo tolerance among a postal code's few communes, only when one alone comes close. */
final class FuzzyCommuneNames {

    static final double THRESHOLD = 0.93;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private FuzzyCommuneNames() {
    }

    /**
     * @param namesByCommune today's communes, each with the names that lead to it (its own,
     *     its former communes')
     * @return the single commune reaching the threshold, or empty when none or several do
     */
    static Optional<Commune> closest(CommuneNames.Forms input, Map<Commune, List<String>> namesByCommune) {
        Map<Commune, Double> scores = new HashMap<>();
        namesByCommune.forEach((commune, names) -> scores.put(commune, bestScore(input, names)));
        List<Commune> close = scores.entrySet().stream()
                .filter(score -> score.getValue() >= THRESHOLD)
                .map(Map.Entry::getKey)
                .toList();
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    private static double bestScore(CommuneNames.Forms input, List<String> names) {
        double best = 0;
        for (String name : names) {
            best = Math.max(best, Math.max(score(input.full(), name), score(input.loose(), name)));
        }
        return best;
    }

    // A digit is never a typo: "PARIS 11" must not come close to "PARIS 12".
    private static double score(String input, String name) {
        return digits(input).equals(digits(name)) ? SIMILARITY.apply(input, name) : 0;
    }

    private static String digits(String name) {
        return name.replaceAll("\\D", "");
    }
}
