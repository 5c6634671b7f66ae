package fr.raccrochage.ingestion.normalize;

import fr.raccrochage.core.inbound.InboundValues;
import fr.raccrochage.core.text.Spaces;
import fr.raccrochage.core.text.TextKeys;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Normalization of the SIEI list's simple fields. Blank input gives null; bad input throws. */
public final class FieldNormalizers {

    private static final Pattern INE_SEPARATORS = Pattern.compile("[ .-]");
    static final Pattern EMAIL = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}");
    private static final Map<String, String> SEXES = Map.ofEntries(
            Map.entry("M", "M"), Map.entry("H", "M"), Map.entry("G", "M"), Map.entry("1", "M"),
            Map.entry("MASCULIN", "M"), Map.entry("HOMME", "M"), Map.entry("GARCON", "M"),
            Map.entry("F", "F"), Map.entry("2", "F"),
            Map.entry("FEMININ", "F"), Map.entry("FEMME", "F"), Map.entry("FILLE", "F"));

    private FieldNormalizers() {
    }

    /** Unicode NFC, trimmed, inner whitespace (non-breaking spaces too) collapsed. */
    public static String name(String raw) {
        String value = cleaned(raw);
        if (value == null || belowCombiningMarks(value) || Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            return value;
        }
        // Mac exports write accents decomposed; NFC makes equal names equal strings.
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** {@code DD/MM/YYYY} or {@code YYYY-MM-DD}; impossible or unreadable dates throw. */
    public static LocalDate date(String raw) {
        return date(raw, "date");
    }

    /**
     * Same as {@link #date(String)}, the French {@code label} ("date de naissance") opening the
     * error message.
     *
     * <p>The one strict reader of every incoming file ({@link InboundValues#date}): {@code J/M/AAAA}
     * with {@code /}, {@code -} or {@code .}, and {@code AAAA-M-J}, each optionally followed by a time
     * of day, which is ignored. Impossible dates and two-digit years throw.
     */
    public static LocalDate date(String raw, String label) {
        try {
            return InboundValues.date(raw, label);
        } catch (fr.raccrochage.core.inbound.InvalidValueException e) {
            throw new InvalidValueException(e.getMessage());
        }
    }

    /** INE upper-cased, separators removed; a value of none of the three formats throws. */
    public static String ine(String raw) {
        String value = cleaned(raw);
        if (value == null) {
            return null;
        }
        String compact = hasIneSeparator(value) ? INE_SEPARATORS.matcher(value).replaceAll("") : value;
        String ine = compact.toUpperCase(Locale.ROOT);
        if (!CodeShapes.ine(ine)) {
            throw new InvalidValueException("INE invalide : " + value);
        }
        return ine;
    }

    /** "M" or "F" (also H, G, 1 = M; 2 = F; "Masculin", "Féminin"); anything else throws. */
    public static String sex(String raw) {
        String value = cleaned(raw);
        if (value == null) {
            return null;
        }
        String sex = SEXES.get(TextKeys.key(value));
        if (sex == null) {
            throw new InvalidValueException("sexe invalide : " + value);
        }
        return sex;
    }

    /** Lower-cased, trimmed; a value that is not an address throws. */
    public static String email(String raw) {
        String value = cleaned(raw);
        if (value == null) {
            return null;
        }
        String email = value.toLowerCase(Locale.ROOT);
        if (!EmailShape.plainlyValid(email) && !EMAIL.matcher(email).matches()) {
            throw new InvalidValueException("adresse e-mail invalide : " + value);
        }
        return email;
    }

    /** 5 digits (a 4-digit code gets its leading zero back); anything else throws. */
    public static String postalCode(String raw) {
        String value = cleaned(raw);
        if (value == null) {
            return null;
        }
        String code = value.replace(" ", "");
        if (!CodeShapes.postalCode(code)) {
            throw new InvalidValueException("code postal invalide : " + value);
        }
        // Spreadsheets store postal codes as numbers and drop the leading zero of 01000–09999.
        return code.length() == 4 ? "0" + code : code;
    }

    /** Trimmed, whitespace runs (non-breaking spaces too) made single spaces; null if blank. */
    /** 7 digits and a letter, upper-cased; anything else throws. */
    public static String uai(String raw) {
        String value = name(raw);
        if (value == null) {
            return null;
        }
        String uai = value.replace(" ", "").toUpperCase();
        if (!CodeShapes.uai(uai)) {
            throw new InvalidValueException("UAI invalide : " + value);
        }
        return uai;
    }

    /** EN, AGRI or CFA; anything else throws. */
    public static String source(String raw) {
        String value = name(raw);
        if (value == null) {
            return null;
        }
        String source = value.toUpperCase();
        if (!source.equals("EN") && !source.equals("AGRI") && !source.equals("CFA")) {
            throw new InvalidValueException("source inconnue : " + value);
        }
        return source;
    }

    /**
     * Every character below U+0300 (Latin letters with their accents included) is its own NFC form
     * and combines with nothing: such a value is already normalized (hot path: skips the check).
     */
    private static boolean belowCombiningMarks(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasIneSeparator(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '.' || c == '-') {
                return true;
            }
        }
        return false;
    }

    private static String cleaned(String raw) {
        if (raw == null) {
            return null;
        }
        String value = Spaces.collapsed(raw);
        return value.isEmpty() ? null : value;
    }
}
