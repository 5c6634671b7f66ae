package fr.raccrochage.sms;

import java.util.Optional;

/** A number as a provider writes it ("+33612345678", "33612345678", "06 12 34 56 78") in E.164. */
final class PhoneText {

    private PhoneText() {
    }

    static Optional<String> e164(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip().replaceAll("[\\s.\\-()/]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        if (digits.matches("0\\d{9}")) {
            return Optional.of("+33" + digits.substring(1));
        }
        if (digits.matches("33\\d{9}")) {
            return Optional.of("+" + digits);
        }
        return digits.matches("\\+\\d{6,15}") ? Optional.of(digits) : Optional.empty();
    }
}
