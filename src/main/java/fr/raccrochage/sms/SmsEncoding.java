package fr.raccrochage.sms;

/**
 * How a message travels (3GPP TS 23.038, "GSM 03.38"): in the GSM 7-bit default alphabet when
 * every character is in its basic table or its extension table (an extension character costs two
 * septets, an escape and the character), else in UCS-2. One segment holds 160 septets (GSM-7) or
 * 70 UTF-16 units (UCS-2); a longer message is split into segments of 153 septets or 67 units
 * (the rest carries the concatenation header), and a two-unit character is never cut in two.
 *
 * @param units septets (GSM-7) or UTF-16 code units (UCS-2)
 */
public record SmsEncoding(Alphabet alphabet, int units, int segments) {

    public enum Alphabet {
        GSM_7("GSM-7"), UCS_2("UCS-2");

        private final String label;

        Alphabet(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The basic table, in code order 0x00–0x7F (0x1B is the escape to the extension table, not a character). */
    static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** The extension table's characters (each sent as escape + code). */
    static final String EXTENSION = "\f^{}\\[~]|€";

    public static SmsEncoding of(String text) {
        int septets = 0;
        boolean gsm = true;
        for (int i = 0; i < text.length() && gsm; i++) {
            char c = text.charAt(i);
            if (c != '\u001B' && BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                gsm = false;
            }
        }
        if (gsm) {
            return new SmsEncoding(Alphabet.GSM_7, septets, septets <= 160 ? 1 : gsmSegments(text));
        }
        return new SmsEncoding(Alphabet.UCS_2, text.length(), text.length() <= 70 ? 1 : ucs2Segments(text));
    }

    public static boolean isGsm7(char c) {
        return c != '\u001B' && (BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
    }

    /** Fills segments of 153 septets; an escape and its character stay in the same segment. */
    private static int gsmSegments(String text) {
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
            if (used + cost > 153) {
                segments++;
                used = 0;
            }
            used += cost;
        }
        return segments;
    }

    /** Fills segments of 67 UTF-16 units; a surrogate pair stays in the same segment. */
    private static int ucs2Segments(String text) {
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() ? 2 : 1;
            if (used + cost > 67) {
                segments++;
                used = 0;
            }
            used += cost;
            i += cost - 1;
        }
        return segments;
    }

    /** "GSM-7, 142 caractères, 1 SMS" as the linter prints it. */
    public String describe() {
        return "%s, %d %s, %d SMS".formatted(alphabet.label(), units,
                alphabet == Alphabet.GSM_7 ? "septets" : "unités UTF-16", segments);
    }
}
