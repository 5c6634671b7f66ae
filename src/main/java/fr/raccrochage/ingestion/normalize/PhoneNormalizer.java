package fr.raccrochage.ingestion.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Normalizes phone numbers written any French way, French default region. Thread-safe.
 *
 * <p>The phone library costs about 5 µs a number, most of an import's time. Common French
 * shapes ({@link FrenchNumberShape}) are therefore answered without it: their E.164 form is
 * "+33" and the 9 national digits, and validity and type come from {@link
 * FrenchPrefixVerdicts}, which asks the library once per prefix. Every other value goes to the
 * library. The tests prove both paths give the library's answer.
 */
public final class PhoneNormalizer {

    private static final String DEFAULT_REGION = "FR";

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final FrenchPrefixVerdicts frenchVerdicts = new FrenchPrefixVerdicts(util);

    /** @return the valid number, or empty for a blank value; throws for a number that is not valid */
    public Optional<Phone> normalize(String raw) {
        if (isBlank(raw)) {
            return Optional.empty();
        }
        String e164 = FrenchNumberShape.e164(raw);
        return Optional.of(e164 != null ? french(e164, raw) : byLibrary(raw));
    }

    private Phone french(String e164, String raw) {
        PhoneType type = frenchVerdicts.typeOf(e164);
        if (type == null) {
            throw invalid(raw);
        }
        return new Phone(e164, type);
    }

    /** The plain library's answer, without the French short-cut. */
    Phone byLibrary(String raw) {
        try {
            PhoneNumber number = util.parse(raw, DEFAULT_REGION);
            if (!util.isValidNumber(number)) {
                throw invalid(raw);
            }
            return new Phone(util.format(number, PhoneNumberFormat.E164), PhoneTypes.of(util.getNumberType(number)));
        } catch (NumberParseException e) {
            throw invalid(raw);
        }
    }

    private static InvalidValueException invalid(String raw) {
        return new InvalidValueException("numéro de téléphone invalide : " + raw.strip());
    }

    private static boolean isBlank(String raw) {
        if (raw == null) {
            return true;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
