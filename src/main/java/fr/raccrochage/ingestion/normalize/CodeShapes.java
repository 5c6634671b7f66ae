package fr.raccrochage.ingestion.normalize;

import static fr.raccrochage.core.text.Digits.isDigit;

import fr.raccrochage.core.text.Digits;

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
        if (Digits.all(value, 0, 9)) {
            return isDigit(value.charAt(9)) || isLetter(value.charAt(9));
        }
        return Digits.all(value, 0, 4) && value.charAt(4) == 'A' && Digits.all(value, 5, 10);
    }

    /** UAI, upper case: 7 digits and a letter. */
    static boolean uai(String value) {
        return value.length() == 8 && Digits.all(value, 0, 7) && isLetter(value.charAt(7));
    }

    /** Postal code: 4 or 5 digits (a spreadsheet may have dropped the leading zero). */
    static boolean postalCode(String value) {
        return (value.length() == 4 || value.length() == 5) && Digits.all(value, 0, value.length());
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
