package fr.raccrochage.identity;

import fr.raccrochage.core.text.TextKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A free-form street address reduced to what identifies a home: the street number (with bis/ter)
 * and the street name as a key blind to accents, case, abbreviations ("av", "bd", "r", "chem", "pl",
 * "imp", "st", "gal"…), small words and word order; building, flat and residence complements are
 * left out (one source writes them, another does not).
 *
 * @param number the street number times 4 plus 1 for bis, 2 for ter, 3 for quater; 0 when none
 * @param street the street key: the street type, then the name's words sorted; "" when none
 * @param postcode the five-digit postcode as a number, 0 when absent
 */
record AddressKey(int number, String street, int postcode) {

    static final AddressKey NONE = new AddressKey(0, "", 0);

    /** How two addresses compare: the levels of the ADRESSE comparison. */
    enum Agreement { ABSENT, SAME, SAME_STREET, DIFFERENT }

    private static final double STREET_CLOSE = 0.93;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(1);

    private static final Map<String, String> STREET_TYPES = Map.ofEntries(
            Map.entry("R", "RUE"), Map.entry("RUE", "RUE"),
            Map.entry("AV", "AVENUE"), Map.entry("AVE", "AVENUE"), Map.entry("AVENUE", "AVENUE"),
            Map.entry("BD", "BOULEVARD"), Map.entry("BLD", "BOULEVARD"), Map.entry("BOUL", "BOULEVARD"),
            Map.entry("BOULEVARD", "BOULEVARD"),
            Map.entry("CH", "CHEMIN"), Map.entry("CHE", "CHEMIN"), Map.entry("CHEM", "CHEMIN"),
            Map.entry("CHEMIN", "CHEMIN"),
            Map.entry("PL", "PLACE"), Map.entry("PLACE", "PLACE"),
            Map.entry("IMP", "IMPASSE"), Map.entry("IMPASSE", "IMPASSE"),
            Map.entry("ALL", "ALLEE"), Map.entry("ALLEE", "ALLEE"),
            Map.entry("RTE", "ROUTE"), Map.entry("ROUTE", "ROUTE"),
            Map.entry("SQ", "SQUARE"), Map.entry("SQUARE", "SQUARE"),
            Map.entry("QU", "QUAI"), Map.entry("QUAI", "QUAI"),
            Map.entry("CRS", "COURS"), Map.entry("COURS", "COURS"),
            Map.entry("PASS", "PASSAGE"), Map.entry("PASSAGE", "PASSAGE"),
            Map.entry("VOIE", "VOIE"), Map.entry("SENTE", "SENTE"), Map.entry("SENTIER", "SENTIER"),
            Map.entry("PROM", "PROMENADE"), Map.entry("PROMENADE", "PROMENADE"),
            Map.entry("HAMEAU", "HAMEAU"), Map.entry("LOTISSEMENT", "LOTISSEMENT"), Map.entry("CITE", "CITE"));

    /** Street types written out, for a typo in one ("BOULEVRAD"). */
    private static final List<String> LONG_TYPES = List.of("AVENUE", "BOULEVARD", "CHEMIN", "IMPASSE", "ALLEE",
            "ROUTE", "SQUARE", "PASSAGE", "PLACE", "PROMENADE", "SENTIER", "LOTISSEMENT");

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ST", "SAINT"), Map.entry("STE", "SAINTE"), Map.entry("GAL", "GENERAL"),
            Map.entry("GEN", "GENERAL"), Map.entry("MAL", "MARECHAL"), Map.entry("DR", "DOCTEUR"),
            Map.entry("PDT", "PRESIDENT"), Map.entry("PR", "PROFESSEUR"), Map.entry("CDT", "COMMANDANT"),
            Map.entry("LT", "LIEUTENANT"), Map.entry("CAP", "CAPITAINE"), Map.entry("COL", "COLONEL"));

    private static final Set<String> SMALL_WORDS = Set.of("DE", "DU", "DES", "LA", "LE", "LES", "L", "D", "ET",
            "AU", "AUX", "EN", "SUR");

    /** Words that open a complement (building, flat, floor): the street name stops before them. */
    private static final Set<String> COMPLEMENT = Set.of("BAT", "BATIMENT", "APPT", "APT", "APPARTEMENT", "ESC",
            "ESCALIER", "ETAGE", "ETG", "PORTE", "TOUR", "CHEZ", "FOYER", "BP", "CS", "CEDEX", "LOGEMENT", "LGT", "RES", "RESIDENCE");

    private static final Map<String, Integer> SUFFIXES = Map.of("BIS", 1, "B", 1, "TER", 2, "T", 2, "QUATER", 3,
            "Q", 3);

    static AddressKey of(String address, String postcode) {
        int code = postcode(postcode);
        String key = TextKeys.key(address);
        if (key.isEmpty()) {
            return code == 0 ? NONE : new AddressKey(0, "", code);
        }
        List<String> tokens = splitDigits(key.split(" "));
        int start = streetStart(tokens);
        int number = 0;
        int i = start;
        if (i < tokens.size() && isNumber(tokens.get(i))) {
            number = Math.min(Integer.parseInt(tokens.get(i).substring(0, Math.min(6, tokens.get(i).length()))),
                    100_000) * 4;
            i++;
            if (i < tokens.size() && SUFFIXES.containsKey(tokens.get(i))) {
                number += SUFFIXES.get(tokens.get(i));
                i++;
            }
        }
        return new AddressKey(number, street(tokens, i), code);
    }

    /**
     * Where the street part begins: at a number followed by a street type ("Bât. 4, 12 av X"); else at
     * a number followed by a word, outside a complement ("Cité Rouge, bât. 7, 15 re de Meaux"); else at
     * the first street type; else at the start.
     */
    private static int streetStart(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (isNumber(tokens.get(i))) {
                int next = i + 1 < tokens.size() && SUFFIXES.containsKey(tokens.get(i + 1)) ? i + 2 : i + 1;
                if (next < tokens.size() && type(tokens.get(next)) != null) {
                    return i;
                }
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (isNumber(tokens.get(i)) && !isNumber(tokens.get(i + 1)) && !COMPLEMENT.contains(tokens.get(i + 1))
                    && (i == 0 || !COMPLEMENT.contains(tokens.get(i - 1)))) {
                return i;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (type(tokens.get(i)) != null) {
                return i;
            }
        }
        return 0;
    }

    private static String street(List<String> tokens, int from) {
        String type = "";
        List<String> words = new ArrayList<>();
        for (int i = from; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (isNumber(t) && t.length() == 4 && !words.isEmpty()) {
                words.add(t); // a year in the name: "rue du 8 mai 1945"
                continue;
            }
            if (COMPLEMENT.contains(t) || isNumber(t) && t.length() >= 5) {
                break; // a complement, or the postcode written on the same line
            }
            if (type.isEmpty() && words.isEmpty() && type(t) != null) {
                type = type(t);
                continue;
            }
            if (SMALL_WORDS.contains(t) || isNumber(t)) {
                continue;
            }
            words.add(WORDS.getOrDefault(t, t));
        }
        if (words.isEmpty()) {
            return "";
        }
        String[] sorted = words.toArray(String[]::new);
        Arrays.sort(sorted);
        return (type.isEmpty() ? "" : type + " ") + String.join(" ", sorted);
    }

    /** The street type a token names, allowing a typo in a long one; null when it names none. */
    private static String type(String token) {
        String type = STREET_TYPES.get(token);
        if (type != null || token.length() < 5) {
            return type;
        }
        for (String candidate : LONG_TYPES) {
            if (Math.abs(candidate.length() - token.length()) <= 1 && JARO_WINKLER.apply(candidate, token) >= 0.9) {
                return candidate;
            }
        }
        return null;
    }

    /** "12B" and "12bis" are "12" then "B" / "BIS". */
    private static List<String> splitDigits(String[] raw) {
        List<String> tokens = new ArrayList<>(raw.length + 2);
        for (String t : raw) {
            int digits = 0;
            while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
                digits++;
            }
            if (digits > 0 && digits < t.length()) {
                tokens.add(t.substring(0, digits));
                tokens.add(t.substring(digits));
            } else {
                tokens.add(t);
            }
        }
        return tokens;
    }

    private static boolean isNumber(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static int postcode(String postcode) {
        if (postcode == null) {
            return 0;
        }
        String digits = postcode.trim();
        if (digits.length() != 5) {
            return 0;
        }
        for (int i = 0; i < 5; i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return 0;
            }
        }
        return Integer.parseInt(digits);
    }

    boolean hasStreet() {
        return !street.isEmpty();
    }

    /**
     * Same home: same number (or both without one) on the same street, allowing a typo in the street
     * name, in the same postcode when both give one. The same street and number in another postcode is
     * another home (every town has its rue Victor Hugo). The same street with another number: a
     * neighbour, or a typo in the number.
     */
    Agreement compare(AddressKey other) {
        if (!hasStreet() || !other.hasStreet()) {
            return Agreement.ABSENT;
        }
        if (postcode != 0 && other.postcode != 0 && postcode != other.postcode) {
            return Agreement.DIFFERENT;
        }
        if (!sameStreet(street, other.street)) {
            return Agreement.DIFFERENT;
        }
        return number == other.number ? Agreement.SAME : Agreement.SAME_STREET;
    }

    /**
     * The same street, whatever the typos: the words of four letters or more (the street's name, not
     * "DE", a mistyped "RUE" or "ED" for "DE") of one are all, give or take a typo, among the other's
     * (one source may write "rue Hugo" for "rue Victor Hugo"); the street type is not compared ("12 rue
     * Jean Jaurès" and "12 avenue Jean Jaurès" in the same postcode are one home mistyped). A street
     * with no such word ("rue du 8 mai") is compared whole.
     */
    static boolean sameStreet(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        List<String> wa = significant(a);
        List<String> wb = significant(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            String na = withoutType(a);
            String nb = withoutType(b);
            return na.equals(nb) || Math.abs(na.length() - nb.length()) <= 2 && JARO_WINKLER.apply(na, nb) >= STREET_CLOSE;
        }
        List<String> fewer = wa.size() <= wb.size() ? wa : wb;
        List<String> more = fewer == wa ? wb : wa;
        for (String word : fewer) {
            if (!hasClose(more, word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasClose(List<String> words, String word) {
        for (String w : words) {
            if (w.equals(word) || Math.abs(w.length() - word.length()) <= 1
                    && (JARO_WINKLER.apply(w, word) >= 0.88 || LEVENSHTEIN.apply(w, word) == 1)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> significant(String street) {
        String[] tokens = withoutType(street).split(" ");
        List<String> words = new ArrayList<>(tokens.length);
        for (String t : tokens) {
            if (t.length() >= 4) {
                words.add(t);
            }
        }
        return words;
    }

    /** One source writes "12 Victor Hugo", the other "12 rue Victor Hugo". */
    private static String withoutType(String street) {
        int space = street.indexOf(' ');
        if (space > 0 && STREET_TYPES.containsValue(street.substring(0, space))) {
            return street.substring(space + 1);
        }
        return street;
    }
}
