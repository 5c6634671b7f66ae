package fr.raccrochage.sample;

import java.util.Locale;

/** Fast text transformations that imitate how sources write names (no regex, no allocation when unchanged). */
final class Texts {

    private static final String[] ASCII = new String[0x180];

    static {
        String from = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿ";
        String to = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyy";
        for (int i = 0; i < from.length(); i++) {
            ASCII[from.charAt(i)] = String.valueOf(to.charAt(i));
        }
        ASCII['Æ'] = "AE";
        ASCII['æ'] = "ae";
        ASCII['ß'] = "ss";
        ASCII[0x152] = "OE";
        ASCII[0x153] = "oe";
        ASCII[0x178] = "Y";
    }

    private Texts() {
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** "Hélène Çelik" → "Helene Celik"; œ → oe. */
    static String stripAccents(String text) {
        if (text == null || isAscii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = c < ASCII.length ? ASCII[c] : null;
            if (replacement != null) {
                out.append(replacement);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /** "JEAN-BAPTISTE" → "Jean-Baptiste", "n'diaye" → "N'Diaye", "DA SILVA" → "Da Silva". */
    static String title(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = text.toLowerCase(Locale.ROOT).toCharArray();
        boolean start = true;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (start && Character.isLetter(c)) {
                chars[i] = Character.toUpperCase(c);
            }
            start = c == ' ' || c == '-' || c == '\'';
        }
        return new String(chars);
    }

    /** Hyphens become spaces ("Saint-Denis" → "Saint Denis"); with {@code apostrophes}, "L'Haÿ" → "L Haÿ". */
    static String withoutHyphens(String text, boolean apostrophes) {
        String result = text.replace('-', ' ');
        return apostrophes ? result.replace('\'', ' ') : result;
    }

    /**
     * Abbreviates the words sources shorten, on an upper-case text with single spaces:
     * SAINT → ST, SAINTE → STE, GENERAL → GAL, MARECHAL → MAL, DOCTEUR → DR, PRESIDENT → PDT.
     */
    static String abbreviate(String upperText) {
        String[] words = upperText.split(" ");
        StringBuilder out = new StringBuilder(upperText.length());
        for (String word : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(switch (word) {
                case "SAINT" -> "ST";
                case "SAINTE" -> "STE";
                case "GENERAL" -> "GAL";
                case "MARECHAL" -> "MAL";
                case "DOCTEUR" -> "DR";
                case "PRESIDENT" -> "PDT";
                default -> word;
            });
        }
        return out.toString();
    }

    /** Letters only, lower case, no accents: the local part of a made-up e-mail address. */
    static String emailPart(String name) {
        String plain = stripAccents(name).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if (c == '-') {
                out.append('-');
            }
        }
        return out.toString();
    }

    /** Zero-padded decimal number of at least {@code width} digits. */
    static String pad(long number, int width) {
        String digits = Long.toString(number);
        if (digits.length() >= width) {
            return digits;
        }
        StringBuilder out = new StringBuilder(width);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits).toString();
    }
}
