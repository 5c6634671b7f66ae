package fr.raccrochage.core.commune;

import fr.raccrochage.core.text.TextKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical forms of a commune name, so that the reference file's names and the ways sources
 * write them meet: "ST DENIS", "PERREUX SUR MARNE (LE)", "PARIS 11EME", "NOISY LE GRAND CEDEX".
 */
final class CommuneNames {

    private static final Set<String> ARTICLES = Set.of("LE", "LA", "LES", "L");
    private static final Pattern ARRONDISSEMENT = Pattern.compile(
            "(PARIS|LYON|MARSEILLE) 0*(\\d{1,2}) ?(?:E|EME|ER|ERE)?(?: ARRONDISSEMENT| ARR| ARRT)?");

    /**
     * @param full the name with abbreviations expanded and a moved article put back in front
     * @param loose the full form without its leading article, which sources often drop
     */
    record Forms(String full, String loose) {

        boolean isBlank() {
            return full.isEmpty();
        }
    }

    private CommuneNames() {
    }

    static Forms of(String name) {
        String key = TextKeys.key(name);
        if (key.isEmpty()) {
            return new Forms("", "");
        }
        List<String> words = new ArrayList<>(Arrays.asList(key.split(" ")));
        dropCedex(words);
        expandSaints(words);
        moveTrailingArticle(words);
        String full = arrondissement(String.join(" ", words));
        boolean leadingArticle = words.size() > 1 && ARTICLES.contains(words.get(0));
        String loose = leadingArticle ? String.join(" ", words.subList(1, words.size())) : full;
        return new Forms(full, loose);
    }

    // "CEDEX 9" and what follows is a mail sorting code, not part of the name.
    private static void dropCedex(List<String> words) {
        int cedex = words.indexOf("CEDEX");
        if (cedex > 0) {
            words.subList(cedex, words.size()).clear();
        }
    }

    private static void expandSaints(List<String> words) {
        words.replaceAll(word -> switch (word) {
            case "ST" -> "SAINT";
            case "STE" -> "SAINTE";
            default -> word;
        });
    }

    // Directories sort by the main word and write the article last: "PERREUX SUR MARNE (LE)".
    private static void moveTrailingArticle(List<String> words) {
        int last = words.size() - 1;
        if (last > 0 && ARTICLES.contains(words.get(last))) {
            words.add(0, words.remove(last));
        }
    }

    // "PARIS 11E ARRONDISSEMENT", "PARIS 11EME", "PARIS 011" all become "PARIS 11".
    private static String arrondissement(String name) {
        Matcher matcher = ARRONDISSEMENT.matcher(name);
        return matcher.matches() ? matcher.group(1) + " " + matcher.group(2) : name;
    }
}
