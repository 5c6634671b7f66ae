package fr.raccrochage.identity;

import fr.raccrochage.core.text.TextKeys;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A candidate's comparison keys, computed once: names without accents, case, hyphens or spaces. */
record Profile(Candidate candidate, String ine, String last, List<String> firsts, LocalDate birthDate, String sex,
        String phone, List<String> guardians, List<String> guardianPhones, String commune) {

    static Profile of(Candidate c) {
        return new Profile(c, ine(c.ine()), compact(c.lastName()), tokens(c.firstNames()), c.birthDate(),
                blankToNull(c.sex()), blankToNull(c.phone()),
                c.guardians().stream().map(Profile::compact).filter(g -> !g.isEmpty()).toList(),
                c.guardianPhones(), blankToNull(c.commune()));
    }

    /** INE key: upper case letters and digits only; null when absent. */
    static String ine(String ine) {
        if (ine == null) {
            return null;
        }
        String key = ine.toUpperCase().replaceAll("[^A-Z0-9]", "");
        return key.isEmpty() ? null : key;
    }

    /** Name key with no separators, so that "N'Diaye", "NDIAYE" and "N DIAYE" agree. */
    static String compact(String name) {
        return TextKeys.key(name).replace(" ", "");
    }

    /** First names, one key each, in order ("Jean-Pierre Marie" gives JEAN, PIERRE, MARIE). */
    static List<String> tokens(String names) {
        String key = TextKeys.key(names);
        return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
    }

    String firstFirst() {
        return firsts.isEmpty() ? "" : firsts.get(0);
    }

    /** The first names written as one key, for records where the names were swapped. */
    String firstsCompact() {
        return String.join("", firsts);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
