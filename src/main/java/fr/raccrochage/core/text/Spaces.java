package fr.raccrochage.core.text;

import java.util.regex.Pattern;

/**
 * Spaces as incoming files write them: ordinary ones, runs of them, tabs, and the non-breaking and
 * other Unicode spaces ({@code \h}) that {@code \s} misses. Both operations run a million times an
 * import, so most values, which hold nothing to change, are returned without a regex.
 */
public final class Spaces {

    private static final Pattern RUNS = Pattern.compile("[\\s\\h]+");

    private Spaces() {
    }

    /** Trimmed, every run of spaces of any kind made one ' '. */
    public static String collapsed(String raw) {
        return hasOddSpaces(raw) ? RUNS.matcher(raw).replaceAll(" ").strip() : raw.strip();
    }

    /** Every space of any kind removed ("75 056", with an ordinary or a non-breaking space, gives "75056"). */
    public static String removed(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (!isNeverSpace(raw.charAt(i))) {
                return RUNS.matcher(raw).replaceAll("");
            }
        }
        return raw;
    }

    /** Only a run of spaces, or a space other than ' ', calls for the regex. */
    private static boolean hasOddSpaces(String raw) {
        char previous = 'x';
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isNeverSpace(c) && isRunSpace(c) && (c != ' ' || previous == ' ')) {
                return true;
            }
            previous = c;
        }
        return false;
    }

    /** Exactly the characters of the regex class {@code [\s\h]}. */
    private static boolean isRunSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00a0' || c == '\u1680' || c == '\u180e'
                || c >= '\u2000' && c <= '\u200a' || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    /**
     * Printable ASCII and the letters up to U+1680 (the first Unicode space after the non-breaking
     * one): every accented Latin letter, without the two calls that test for a space.
     */
    private static boolean isNeverSpace(char c) {
        return c > ' ' && c < '\u007f' || c > '\u00a0' && c < '\u1680';
    }
}
