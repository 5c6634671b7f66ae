package fr.raccrochage.identity;

import fr.raccrochage.core.text.TextKeys;
import java.util.List;

/**
 * An operator's search by name, with the identity engine's tolerance: accents, case, hyphens and
 * spaces ignored, small typos and a swapped last name / first name accepted (the same comparisons
 * as {@link PairScorer}). The text holds the last name and first name(s) in any order, or only one
 * of them.
 */
public final class NameSearch {

    private final List<String> tokens;

    public NameSearch(String text) {
        String key = TextKeys.key(text);
        this.tokens = key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** Whether a record with this last name and these first names answers the search. */
    public boolean matches(String lastName, String firstNames) {
        if (tokens.isEmpty()) {
            return false;
        }
        String last = Profile.compact(lastName);
        List<String> firsts = Profile.tokens(firstNames);
        if (tokens.size() == 1) {
            String only = tokens.get(0);
            return PairScorer.lastName(only, last) > 0 || PairScorer.firstName(List.of(only), firsts) > 0;
        }
        // Every split of the words into a last name and first names, in either order.
        for (int cut = 1; cut < tokens.size(); cut++) {
            List<String> head = tokens.subList(0, cut);
            List<String> tail = tokens.subList(cut, tokens.size());
            if (agree(String.join("", head), tail, last, firsts) || agree(String.join("", tail), head, last, firsts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean agree(String queryLast, List<String> queryFirsts, String last, List<String> firsts) {
        return PairScorer.lastName(queryLast, last) > 0 && PairScorer.firstName(queryFirsts, firsts) > 0;
    }
}
