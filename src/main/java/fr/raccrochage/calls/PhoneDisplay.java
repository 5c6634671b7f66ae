package fr.raccrochage.calls;

import java.util.Optional;

/**
 * Numbers as callers read and write them: French numbers in the national form ("06 12 34 56 78"),
 * others in E.164; and back to the stored E.164 form when a results file quotes a number.
 */
final class PhoneDisplay {

    private PhoneDisplay() {
    }

    static String french(String e164) {
        if (e164 != null && e164.startsWith("+33") && e164.length() == 12) {
            String national = "0" + e164.substring(3);
            return String.join(" ", national.substring(0, 2), national.substring(2, 4), national.substring(4, 6),
                    national.substring(6, 8), national.substring(8, 10));
        }
        return e164;
    }

    /** "06 12 34 56 78", "0612345678", "+33 6 12 34 56 78", "0033612345678" all give +33612345678. */
    static Optional<String> toE164(String text) {
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
        return digits.matches("\\+\\d{6,15}") ? Optional.of(digits) : Optional.empty();
    }
}
