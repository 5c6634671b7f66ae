package fr.raccrochage.core.text;

/** Comparison keys for names written many ways (accents, case, hyphens, apostrophes). */
public final class TextKeys {

    private TextKeys() {
    }

    /**
     * Upper-case ASCII key: accents removed, hyphens, apostrophes and other punctuation turned
     * into single spaces, trimmed. {@code null} or blank gives "".
     */
    public static String key(String text) {
        throw new UnsupportedOperationException("TODO");
    }
}
