package fr.raccrochage.identity;

import java.util.Optional;

/**
 * The key of a pair on the review list, as written in the {@code paire} column: two SIEI records
 * ("D-3-12-4-57": file 3 line 12, file 4 line 57) or a known-case line and a registry person
 * ("C-2-8-1041": list 2 line 8, young person 1041). A letter first, so a spreadsheet keeps it as text.
 */
public record PairKey(Kind kind, long fileA, int lineA, long fileB, int lineB, long person) {

    /** SIEI record pair (doublon_possible) or known-case line to check (cas_connu_a_verifier). */
    public enum Kind { D, C }

    public static PairKey records(long fileA, int lineA, long fileB, int lineB) {
        return new PairKey(Kind.D, fileA, lineA, fileB, lineB, 0);
    }

    public static PairKey knownCase(long file, int line, long person) {
        return new PairKey(Kind.C, file, line, 0, 0, person);
    }

    /** Reads a key as written, tolerating spaces and lower case; empty when it is not one. */
    public static Optional<PairKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.trim().toUpperCase().split("\\s*-\\s*");
        try {
            if (parts.length == 5 && parts[0].equals("D")) {
                return Optional.of(records(Long.parseLong(parts[1]), Integer.parseInt(parts[2]),
                        Long.parseLong(parts[3]), Integer.parseInt(parts[4])));
            }
            if (parts.length == 4 && parts[0].equals("C")) {
                return Optional.of(knownCase(Long.parseLong(parts[1]), Integer.parseInt(parts[2]),
                        Long.parseLong(parts[3])));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return kind == Kind.D ? "D-" + fileA + "-" + lineA + "-" + fileB + "-" + lineB
                : "C-" + fileA + "-" + lineA + "-" + person;
    }
}
