package fr.raccrochage.cli;

import fr.raccrochage.core.inbound.InboundValues;
import fr.raccrochage.core.inbound.InvalidValueException;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A date option written AAAA-MM-JJ or JJ/MM/AAAA, read by the one strict reader ({@link InboundValues}):
 * a day that does not exist (31/11/2026) is refused, never moved to another day.
 */
class DateConverter implements ITypeConverter<LocalDate> {

    private static final String EXPECTED = "(attendu AAAA-MM-JJ ou JJ/MM/AAAA)";

    @Override
    public LocalDate convert(String value) {
        if (InboundValues.optionalDateTime(value).isPresent()) {
            throw new TypeConversionException("date invalide « " + value + " » : sans heure " + EXPECTED);
        }
        LocalDate date;
        try {
            date = InboundValues.date(value, "date");
        } catch (InvalidValueException e) {
            String reason = e.getMessage() != null && e.getMessage().contains("impossible")
                    ? "ce jour n'existe pas" : e.getMessage();
            throw new TypeConversionException("date invalide « " + value + " » : " + reason + " " + EXPECTED);
        }
        if (date == null) {
            throw new TypeConversionException("date invalide « " + value + " » " + EXPECTED);
        }
        return date;
    }
}
