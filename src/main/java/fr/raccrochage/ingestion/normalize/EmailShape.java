package fr.raccrochage.ingestion.normalize;

/**
 * Recognizes, without the regular expression, the plain shape nearly every address has: a local
 * part of letters, digits and {@code _ + -} in dot-separated runs, an {@code @}, then at least two
 * dot-separated domain labels (letters and digits, hyphens inside), the last of letters only, at
 * least two. Every such address matches {@link FieldNormalizers}' pattern ({@code EmailShapeTest}
 * proves it on generated strings); any other value goes to the pattern, which decides. The pattern
 * took a tenth of an import's reading thread and allocated at every match (its nested repetitions).
 */
final class EmailShape {

    private EmailShape() {
    }

    /** Whether the lower-cased value has the plain shape (false says nothing: ask the pattern). */
    static boolean plainlyValid(String email) {
        int at = email.indexOf('@');
        return at > 0 && plainLocalPart(email, at) && plainDomain(email, at + 1);
    }

    private static boolean plainLocalPart(String email, int at) {
        boolean runStarts = true;
        for (int i = 0; i < at; i++) {
            char c = email.charAt(i);
            if (c == '.') {
                if (runStarts) {
                    return false;
                }
                runStarts = true;
            } else if (isLetterOrDigit(c) || c == '_' || c == '+' || c == '-') {
                runStarts = false;
            } else {
                return false;
            }
        }
        return !runStarts;
    }

    private static boolean plainDomain(String email, int from) {
        int lastDot = email.lastIndexOf('.');
        if (lastDot <= from) {
            return false;
        }
        int start = from;
        for (int i = from; i <= lastDot; i++) {
            if (email.charAt(i) == '.') {
                if (!plainLabel(email, start, i)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return lettersOnly(email, lastDot + 1, email.length());
    }

    /** Letters and digits, hyphens inside only. */
    private static boolean plainLabel(String email, int from, int to) {
        if (to <= from || email.charAt(from) == '-' || email.charAt(to - 1) == '-') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = email.charAt(i);
            if (!isLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean lettersOnly(String email, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = email.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
