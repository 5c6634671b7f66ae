package fr.raccrochage.ingestion.normalize;

import java.time.LocalDate;

/** Normalization of the SIEI list's simple fields. Blank input gives null; bad input throws. */
public final class FieldNormalizers {

    private FieldNormalizers() {
    }

    /** Unicode NFC, trimmed, inner whitespace collapsed. */
    public static String name(String raw) {
        throw new UnsupportedOperationException("TODO");
    }

    /** {@code DD/MM/YYYY} or {@code YYYY-MM-DD}; impossible or unreadable dates throw. */
    public static LocalDate date(String raw) {
        throw new UnsupportedOperationException("TODO");
    }

    /** INE upper-cased, separators removed; a value of none of the three formats throws. */
    public static String ine(String raw) {
        throw new UnsupportedOperationException("TODO");
    }

    /** "M" or "F" (also H, G, 1 = M; 2 = F); anything else throws. */
    public static String sex(String raw) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Lower-cased, trimmed; a value that is not an address throws. */
    public static String email(String raw) {
        throw new UnsupportedOperationException("TODO");
    }

    /** 5 digits (a 4-digit code gets its leading zero back); anything else throws. */
    public static String postalCode(String raw) {
        throw new UnsupportedOperationException("TODO");
    }
}
