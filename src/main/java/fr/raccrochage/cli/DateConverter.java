package fr.raccrochage.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A date option written AAAA-MM-JJ or JJ/MM/AAAA. */
class DateConverter implements ITypeConverter<LocalDate> {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Override
    public LocalDate convert(String value) {
        try {
            return value.contains("/") ? LocalDate.parse(value, FRENCH) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("date invalide « " + value + " » (attendu AAAA-MM-JJ ou JJ/MM/AAAA)");
        }
    }
}
