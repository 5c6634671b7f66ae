package fr.raccrochage.core.phone;

import java.util.Objects;
import java.util.Optional;

/**
 * A phone number in its stored E.164 form ("+33612345678"), with the one way every stage shows it
 * and the one way a number quoted back in an incoming file (call results, SMS returns) is read.
 * The SIEI import's normalisation, which also types and checks French numbers, stays in
 * {@code ingestion.normalize}; this reads numbers the system already gave out.
 */
public record PhoneNumber(String e164) {

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
    }

    /**
     * "06 12 34 56 78", "0612345678", "+33 6 12 34 56 78", "0033612345678" and a provider's
     * "33612345678" all give +33612345678; anything else is not a number.
     */
    public static Optional<PhoneNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip().replaceAll("[\\s.\\-()/]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        if (digits.matches("0\\d{9}")) {
            return Optional.of(new PhoneNumber("+33" + digits.substring(1)));
        }
        if (digits.matches("33\\d{9}")) {
            return Optional.of(new PhoneNumber("+" + digits));
        }
        return digits.matches("\\+\\d{6,15}") ? Optional.of(new PhoneNumber(digits)) : Optional.empty();
    }

    /** The E.164 form of a quoted number, when it is one. */
    public static Optional<String> e164(String text) {
        return parse(text).map(PhoneNumber::e164);
    }

    public boolean isFrench() {
        return e164.startsWith("+33") && e164.length() == 12;
    }

    /** French numbers in the national form callers and partners read ("06 12 34 56 78"), others in E.164. */
    public String display() {
        if (!isFrench()) {
            return e164;
        }
        String national = "0" + e164.substring(3);
        return String.join(" ", national.substring(0, 2), national.substring(2, 4), national.substring(4, 6),
                national.substring(6, 8), national.substring(8, 10));
    }

    /** {@link #display()} of a stored number, null staying null. */
    public static String display(String e164) {
        return e164 == null ? null : new PhoneNumber(e164).display();
    }
}
