package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

class DateConverterTest {

    private final DateConverter converter = new DateConverter();

    @Test
    void shouldReadBothWrittenForms() {
        assertThat(converter.convert("2026-11-30")).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(converter.convert("30/11/2026")).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(converter.convert("29/02/2028")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void shouldRefuseADayThatDoesNotExistInsteadOfMovingIt() {
        assertThatThrownBy(() -> converter.convert("31/11/2026")).isInstanceOf(TypeConversionException.class)
                .hasMessage("date invalide « 31/11/2026 » : ce jour n'existe pas (attendu AAAA-MM-JJ ou JJ/MM/AAAA)");
        assertThatThrownBy(() -> converter.convert("2026-11-31")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("ce jour n'existe pas");
        assertThatThrownBy(() -> converter.convert("29/02/2027")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("ce jour n'existe pas");
    }

    @Test
    void shouldRefuseUnreadableDates() {
        for (String value : new String[] {"hier", "31/11/26", "", "2026-11-30 10:00"}) {
            assertThatThrownBy(() -> converter.convert(value)).as(value).isInstanceOf(TypeConversionException.class)
                    .hasMessageStartingWith("date invalide « " + value + " »");
        }
    }

    @Command(name = "essai")
    static class Probe implements Runnable {
        @Option(names = "--date")
        LocalDate date;

        @Override
        public void run() {
        }
    }

    @Test
    void shouldExitWithTheUsageCodeAndAFrenchMessageForAnImpossibleOptionDate() {
        CommandLine commandLine = UsageMessages.install(new CommandLine(new Probe()));
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));

        int exit = commandLine.execute("--date", "31/11/2026");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("31/11/2026").contains("ce jour n'existe pas");
    }
}
