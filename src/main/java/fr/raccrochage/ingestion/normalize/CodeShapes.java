package fr.raccrochage.ingestion.normalize;

/**
 * The fixed shapes of the school identifiers and the postal code, checked character by character:
 * an import checks three on every line, where a regular expression's matcher cost an object and a
 * walk through its pattern each time. {@code CodeShapesTest} proves each check accepts exactly what
 * its pattern did. Digits and letters are ASCII only, as in those patterns.
 */
final class CodeShapes {

    private CodeShapes() {
    }

    /** INE, upper case: 9 digits and 2 letters, 10 digits and a letter, or 4 digits, A, 5 digits, a letter. */
    static boolean ine(String value) {
        if (value.length() != 11 || !isLetter(value.charAt(10))) {
            return false;
        }
        if (digits(value, 0, 9)) {
            return isDigit(value.charAt(9)) || isLetter(value.charAt(9));
        }
        return digits(value, 0, 4) && value.charAt(4) == 'A' && digits(value, 5, 10);
    }

    /** UAI, upper case: 7 digits and a letter. */
    static boolean uai(String value) {
        return value.length() == 8 && digits(value, 0, 7) && isLetter(value.charAt(7));
    }

    /** Postal code: 4 or 5 digits (a spreadsheet may have dropped the leading zero). */
    static boolean postalCode(String value) {
        return (value.length() == 4 || value.length() == 5) && digits(value, 0, value.length());
    }

    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
