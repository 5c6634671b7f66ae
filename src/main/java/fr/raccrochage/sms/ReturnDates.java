package fr.raccrochage.sms;

import fr.raccrochage.core.inbound.InboundValues;
import fr.raccrochage.core.inbound.InvalidValueException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The DATE of a return, in Paris local time: {@code AAAA-MM-JJTHH:MM[:SS]} or {@code JJ/MM/AAAA HH:MM[:SS]}
 * read by the one strict reader ({@link InboundValues}: an impossible date is refused, never shifted),
 * or the ISO form with an offset (converted to Paris time).
 */
final class ReturnDates {

    private static final Pattern OFFSET = Pattern.compile(".*\\d(?:Z|[+-]\\d{2}:?\\d{2})$");

    private ReturnDates() {
    }

    /** @throws DateTimeParseException when the text is not a readable, possible date with a time */
    static LocalDateTime parse(String text) {
        String t = text.strip();
        if (t.length() > 10 && OFFSET.matcher(t).matches()) {
            return OffsetDateTime.parse(t.replace(' ', 'T')).atZoneSameInstant(SmsPreparationService.PARIS)
                    .toLocalDateTime();
        }
        try {
            LocalDateTime at = InboundValues.dateTime(t, "DATE");
            if (at == null) {
                throw new DateTimeParseException("DATE vide", t, 0);
            }
            return at;
        } catch (InvalidValueException e) {
            throw new DateTimeParseException(e.getMessage(), t, 0);
        }
    }
}
