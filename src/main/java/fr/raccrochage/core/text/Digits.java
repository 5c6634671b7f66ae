package fr.raccrochage.core.text;

/** ASCII digits, as codes are written (INSEE, postal, INE, UAI): other scripts' digits are not. */
public final class Digits {

    private Digits() {
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether every character from {@code from} (included) to {@code to} (excluded) is a digit. */
    public static boolean all(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
