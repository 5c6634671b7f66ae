package fr.raccrochage.identity;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocking keys: only records sharing a key are compared, so the cost grows with the records, not
 * with their pairs. Several keys, each blind to a different kind of noise.
 */
final class BlockingKeys {

    private BlockingKeys() {
    }

    static List<String> of(Profile p) {
        List<String> keys = new ArrayList<>(4);
        if (p.ine() != 0) {
            keys.add("I" + p.ine());
        }
        if (p.birthDate() != null) {
            keys.add(dateKey(p));
            keys.add(namesKey(p));
        }
        if (p.phone() != 0) {
            keys.add("P" + p.phone());
        }
        return keys;
    }

    /**
     * The birth date (day and month sorted: a date with day and month swapped lands in the same
     * block) and the initials; null without a birth date.
     */
    static String dateKey(Profile p) {
        if (p.birthDate() == null) {
            return null;
        }
        int day = p.birthDate().getDayOfMonth();
        int month = p.birthDate().getMonthValue();
        return "D" + p.birthDate().getYear() + "-" + Math.min(day, month) + "-" + Math.max(day, month) + initials(p);
    }

    /** The year of birth and both names, in alphabetical order; null without a birth date. */
    static String namesKey(Profile p) {
        return p.birthDate() == null ? null : "N" + p.birthDate().getYear() + sortedNames(p);
    }

    /** First letters of last name and first name, in alphabetical order: blind to swapped names. */
    static String initials(Profile p) {
        char last = p.last().isEmpty() ? '_' : p.last().charAt(0);
        char first = p.firstFirst().isEmpty() ? '_' : p.firstFirst().charAt(0);
        return last <= first ? "" + last + first : "" + first + last;
    }

    private static String sortedNames(Profile p) {
        String last = p.last();
        String first = p.firstFirst();
        return last.compareTo(first) <= 0 ? last + "|" + first : first + "|" + last;
    }
}
