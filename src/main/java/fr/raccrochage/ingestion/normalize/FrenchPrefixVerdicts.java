package fr.raccrochage.ingestion.normalize;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Validity and type of 9-digit French national numbers, learnt from the phone library once per
 * 5-digit prefix.
 *
 * <p>In the library's FR metadata every pattern is a prefix followed by free digits up to 9
 * digits, and the longest discriminating prefix is 5 digits long ({@code 836 0[0-36-9]} premium
 * numbers; {@code 83604} and {@code 83605} are not valid). So for a 9-digit number the first 5
 * digits decide validity and type; {@code FrenchPrefixVerdictsTest} and
 * {@code PhoneNormalizerTest} prove it against the library for every prefix.
 */
final class FrenchPrefixVerdicts {

    static final int PREFIX_LENGTH = 5;
    private static final int FRANCE = 33;

    /** A prefix's verdict; {@code type} is null for an invalid number. */
    private record Verdict(PhoneType type) {
    }

    private final PhoneNumberUtil util;
    // Racing threads may both ask the library for a new prefix; they store equal verdicts.
    private final AtomicReferenceArray<Verdict> byPrefix = new AtomicReferenceArray<>(100_000);

    FrenchPrefixVerdicts(PhoneNumberUtil util) {
        this.util = util;
    }

    /** @return the type of this French number ({@code +33} and 9 digits), or null when it is not valid */
    PhoneType typeOf(String e164) {
        int national = FrenchNumberShape.COUNTRY_PREFIX.length();
        int prefix = Integer.parseInt(e164, national, national + PREFIX_LENGTH, 10);
        Verdict verdict = byPrefix.get(prefix);
        if (verdict == null) {
            verdict = askLibrary(Long.parseLong(e164, national, e164.length(), 10));
            byPrefix.set(prefix, verdict);
        }
        return verdict.type();
    }

    private Verdict askLibrary(long nationalNumber) {
        PhoneNumber number = new PhoneNumber()
                .setCountryCode(FRANCE)
                .setNationalNumber(nationalNumber);
        return new Verdict(util.isValidNumber(number) ? PhoneTypes.of(util.getNumberType(number)) : null);
    }
}
