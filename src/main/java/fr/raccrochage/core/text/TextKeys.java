package fr.raccrochage.core.text;

import java.text.Normalizer;

/** Comparison keys for names written many ways (accents, case, hyphens, apostrophes). */
public final class TextKeys {

    private TextKeys() {
    }

    /**
     * Upper-case ASCII key: accents removed, hyphens, apostrophes and other punctuation turned
     * into single spaces, trimmed. {@code null} or blank gives "".
     *
     * <p>Ligatures are expanded (œ → OE, æ → AE, ß → SS). A letter with no ASCII decomposition
     * (ø, ł…) is kept upper-cased rather than dropped, so that it still tells names apart.
     */
    public static String key(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // NFD is costly; most source values are plain ASCII and do not need it.
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && key.length() > 0) {
                key.append(' ');
            }
            pendingSpace = false;
            appendUpper(key, c);
        }
        return key.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static void appendUpper(StringBuilder key, char c) {
        switch (c) {
            case 'œ', 'Œ' -> key.append("OE");
            case 'æ', 'Æ' -> key.append("AE");
            case 'ß' -> key.append("SS");
            default -> key.append(Character.toUpperCase(c));
        }
    }
}
