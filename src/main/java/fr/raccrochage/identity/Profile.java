package fr.raccrochage.identity;

import fr.raccrochage.core.text.TextKeys;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A candidate's comparison keys, computed once and kept compact, because the identity job holds one
 * per record of the registry (a million and more): names without accents, case, hyphens or spaces,
 * shared between records through an {@link Interner}; INE and phones encoded as longs; guardians'
 * names as 64-bit hashes (only their equality counts).
 *
 * @param ine the INE code ({@link #ineCode}), 0 when absent
 * @param lastTokens the last name as first-name tokens, for records where the names were swapped
 * @param phone the phone code ({@link #phoneCode}), 0 when absent
 * @param address the home's key ({@link AddressKey}), {@link AddressKey#NONE} when no street is given
 */
record Profile(long ine, String last, List<String> firsts, List<String> lastTokens, String firstsCompact,
        LocalDate birthDate, String sex, long phone, long[] guardians, long[] guardianPhones, String commune,
        AddressKey address) {

    private static final long[] NONE = {};

    static Profile of(Candidate c) {
        return of(c, Interner.NONE);
    }

    static Profile of(Candidate c, Interner interner) {
        String firstKey = TextKeys.key(c.firstNames());
        String lastKey = TextKeys.key(c.lastName());
        return new Profile(ineCode(c.ine()), interner.string(lastKey.replace(" ", "")), interner.tokens(firstKey),
                interner.tokens(lastKey), interner.string(firstKey.replace(" ", "")), interner.date(c.birthDate()),
                interner.string(blankToNull(c.sex())), phoneCode(c.phone()),
                c.guardians().stream().map(Profile::compact).filter(g -> !g.isEmpty()).mapToLong(Profile::hash64)
                        .toArray(), codes(c.guardianPhones()), interner.string(blankToNull(c.commune())),
                address(c, interner));
    }

    private static AddressKey address(Candidate c, Interner interner) {
        if (c.address() == null && c.postcode() == null) {
            return AddressKey.NONE;
        }
        AddressKey key = AddressKey.of(c.address(), c.postcode());
        if (!key.hasStreet()) {
            return AddressKey.NONE;
        }
        return new AddressKey(key.number(), interner.string(key.street()), key.postcode());
    }

    private static long[] codes(List<String> phones) {
        if (phones.isEmpty()) {
            return NONE;
        }
        return phones.stream().mapToLong(Profile::phoneCode).filter(p -> p != 0).toArray();
    }

    private static final java.util.regex.Pattern NOT_INE_CHARACTER = java.util.regex.Pattern.compile("[^A-Z0-9]");

    /**
     * INE key: upper case letters and digits only, 0 when absent. Up to 12 characters (every INE
     * format) it is an exact base-37 number, so equal codes mean equal INE; longer values are hashed.
     */
    static long ineCode(String ine) {
        if (ine == null) {
            return 0;
        }
        String key = NOT_INE_CHARACTER.matcher(ine.toUpperCase()).replaceAll("");
        if (key.isEmpty()) {
            return 0;
        }
        if (key.length() > 12) {
            return hash64(key) | Long.MIN_VALUE;
        }
        long code = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            code = code * 37 + (c <= '9' ? c - '0' + 1 : c - 'A' + 11);
        }
        return code;
    }

    /**
     * Phone key, 0 when absent: an E.164 number (or any string of up to 17 digits) is the digits behind
     * a leading 1, exact; anything else is hashed.
     */
    static long phoneCode(String phone) {
        if (phone == null || phone.isBlank()) {
            return 0;
        }
        String value = phone.trim();
        int start = value.charAt(0) == '+' ? 1 : 0;
        int length = value.length() - start;
        if (length < 1 || length > 17) {
            return hash64(value) | Long.MIN_VALUE;
        }
        long code = 1;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return hash64(value) | Long.MIN_VALUE;
            }
            code = code * 10 + (c - '0');
        }
        return code;
    }

    /** FNV-1a over the characters, then a final mix: equality of keys up to negligible collisions. */
    static long hash64(String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
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

    static boolean contains(long[] values, long value) {
        for (long v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    static boolean shares(long[] a, long[] b) {
        for (long v : a) {
            if (contains(b, v)) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
