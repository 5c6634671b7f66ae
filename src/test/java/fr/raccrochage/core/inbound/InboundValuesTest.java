package fr.raccrochage.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InboundValuesTest {

    @ParameterizedTest
    @CsvSource({"2010-3-30, 2010-03-30", "2010-03-30, 2010-03-30", "9/1/2007, 2007-01-09", "09/01/2007, 2007-01-09",
        "09.01.2007, 2007-01-09", "09-01-2007, 2007-01-09", "'09/01/2007 00:00:00', 2007-01-09",
        "'2007-01-09T14:30', 2007-01-09", "'\u00a009/01/2007 ', 2007-01-09"})
    void shouldReadDayFirstAndYearFirstDates(String raw, LocalDate expected) {
        assertThat(InboundValues.date(raw, "date")).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/11/2026", "29/02/2027", "2026-11-31", "2026-13-01", "0/1/2007"})
    void shouldRefuseImpossibleDatesInsteadOfShiftingThem(String raw) {
        assertThatThrownBy(() -> InboundValues.date(raw, "date de naissance"))
                .isInstanceOf(InvalidValueException.class).hasMessage("date de naissance impossible : " + raw);
    }

    @Test
    void shouldRefuseTwoDigitYearsAndUnreadableText() {
        assertThatThrownBy(() -> InboundValues.date("05/03/08", "date")).hasMessage("date avec une année sur deux chiffres : 05/03/08");
        assertThatThrownBy(() -> InboundValues.date("5 mars 2008", "date")).hasMessage("date illisible : 5 mars 2008");
        assertThat(InboundValues.date("  ", "date")).isNull();
        assertThat(InboundValues.optionalDate("hier")).isEmpty();
    }

    @Test
    void shouldReadDateTimesStrictly() {
        assertThat(InboundValues.dateTime("02/12/2026 10:05", "DATE_APPEL")).isEqualTo(LocalDateTime.of(2026, 12, 2, 10, 5));
        assertThat(InboundValues.dateTime("2026-12-2T9:05:30", "DATE_APPEL")).isEqualTo(LocalDateTime.of(2026, 12, 2, 9, 5, 30));
        assertThat(InboundValues.optionalDateTime("31/11/2026 10:00")).isEmpty();
        assertThat(InboundValues.optionalDateTime("30/11/2026 24:00")).isEmpty();
        assertThatThrownBy(() -> InboundValues.dateTime("30/11/2026", "DATE_APPEL"))
                .hasMessage("DATE_APPEL sans heure : 30/11/2026 (attendu JJ/MM/AAAA HH:MM)");
    }

    @Test
    void shouldReadWholeNumbersAsSpreadsheetsWriteThem() {
        assertThat(InboundValues.integer("3", "TENTATIVE")).isEqualTo(3);
        assertThat(InboundValues.integer(" 3.0 ", "TENTATIVE")).isEqualTo(3);
        assertThat(InboundValues.integer("3,0", "TENTATIVE")).isEqualTo(3);
        assertThat(InboundValues.integer("", "TENTATIVE")).isNull();
        assertThatThrownBy(() -> InboundValues.integer("3,5", "TENTATIVE")).hasMessage("TENTATIVE n'est pas un nombre entier : 3,5");
        assertThatThrownBy(() -> InboundValues.integer("trois", "TENTATIVE")).isInstanceOf(InvalidValueException.class);
    }

    /** The plain-date short-cut gives the general reader's answer (date or reason) on every 10-character shape near it. */
    @Test
    void shouldReadPlainDatesExactlyAsThePatternsDo() {
        java.util.Random random = new java.util.Random(20261201L);
        String alphabet = "0123456789/-. aT:";
        int plain = 0;
        for (int run = 0; run < 200_000; run++) {
            String raw;
            if (random.nextBoolean()) {
                raw = random.nextBoolean()
                        ? "%02d/%02d/%04d".formatted(random.nextInt(34), random.nextInt(15), random.nextInt(10_000))
                        : "%04d-%02d-%02d".formatted(random.nextInt(10_000), random.nextInt(15), random.nextInt(34));
            } else {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < 10; i++) {
                    text.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                            : (char) ('0' + random.nextInt(10)));
                }
                raw = text.toString();
            }
            String fast = answer(() -> InboundValues.date(raw, "date"));
            String general = answer(() -> {
                InboundValues.Moment moment = InboundValues.momentByPatterns(raw, "date", false);
                return moment == null ? null : moment.date();
            });
            assertThat(fast).as(raw).isEqualTo(general);
            plain += fast.startsWith("date ") ? 0 : 1;
        }
        assertThat(plain).isGreaterThan(50_000);
    }

    private static String answer(java.util.function.Supplier<LocalDate> read) {
        try {
            return String.valueOf(read.get());
        } catch (InvalidValueException e) {
            return e.getMessage();
        }
    }
}
