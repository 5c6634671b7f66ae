package fr.raccrochage.sms;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The DATE of a return, in Paris local time: {@code AAAA-MM-JJTHH:MM[:SS]}, the same with an offset
 * (converted to Paris time), or {@code JJ/MM/AAAA HH:MM[:SS]}.
 */
final class ReturnDates {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm[:ss]");

    private ReturnDates() {
    }

    static LocalDateTime parse(String text) {
        String t = text.strip();
        if (t.contains("/")) {
            return LocalDateTime.parse(t, FRENCH);
        }
        try {
            return LocalDateTime.parse(t.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(t.replace(' ', 'T')).atZoneSameInstant(SmsPreparationService.PARIS)
                    .toLocalDateTime();
        }
    }
}
