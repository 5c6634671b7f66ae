package fr.raccrochage.ingestion.normalize;

import fr.raccrochage.core.text.Digits;

/**
 * Recognizes the common ways of writing a French number without the phone library: digits
 * with spaces, dots, hyphens, slashes or parentheses, as {@code 0X…}, 9 bare digits,
 * {@code +33…} or {@code 0033…}, with an optional national {@code 0} after the country code.
 */
final class FrenchNumberShape {

    static final int NATIONAL_LENGTH = 9;
    static final String COUNTRY_PREFIX = "+33";
    private static final int MAX_DIGITS = 14; // "00330" + 9 digits

    private FrenchNumberShape() {
    }

    /**
     * @return the 9-digit national significant number, or null when the value has another
     *     shape (foreign number, letters, extension, odd length…) and must go to the library
     */
    static String nationalNumber(String raw) {
        String e164 = e164(raw);
        return e164 == null ? null : e164.substring(COUNTRY_PREFIX.length());
    }

    /**
     * @return the number as {@code +33} and its 9 national digits, made once (the import's hot
     *     path: three numbers a line), or null as for {@link #nationalNumber}
     */
    static String e164(String raw) {
        char[] digits = new char[MAX_DIGITS];
        int count = 0;
        boolean plus = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Digits.isDigit(c)) {
                if (count == MAX_DIGITS) {
                    return null;
                }
                digits[count++] = c;
            } else if (c == '+' && !plus && count == 0) {
                plus = true;
            } else if (!isSeparator(c)) {
                return null;
            }
        }
        int start = significantStart(digits, count, plus);
        if (start < 0) {
            return null;
        }
        char[] e164 = new char[COUNTRY_PREFIX.length() + NATIONAL_LENGTH];
        COUNTRY_PREFIX.getChars(0, COUNTRY_PREFIX.length(), e164, 0);
        System.arraycopy(digits, start, e164, COUNTRY_PREFIX.length(), NATIONAL_LENGTH);
        return new String(e164);
    }

    /** Where the national significant number starts in the digits, or -1 for another shape. */
    private static int significantStart(char[] digits, int count, boolean plus) {
        int start;
        if (plus) {
            start = startsWith(digits, count, "33") ? 2 : -1;
        } else if (startsWith(digits, count, "0033")) {
            start = 4;
        } else {
            start = 0;
        }
        if (start >= 0 && count - start == NATIONAL_LENGTH + 1 && digits[start] == '0') {
            start++; // national trunk prefix: "0612…", "+33 (0)6…", "0033 0 6…"
        }
        boolean significant = start >= 0 && count - start == NATIONAL_LENGTH && digits[start] != '0';
        return significant ? start : -1;
    }

    private static boolean startsWith(char[] digits, int count, String prefix) {
        if (count < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (digits[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // Only punctuation the library also ignores inside a number; anything else goes to it.
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '/' || c == '(' || c == ')' || c == '\u00a0';
    }
}
