package fr.raccrochage.ingestion.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldNormalizersTest {

    static Stream<Arguments> everyNormalizer() {
        return Stream.of(
                Arguments.of("name", (Function<String, Object>) FieldNormalizers::name),
                Arguments.of("date", (Function<String, Object>) FieldNormalizers::date),
                Arguments.of("ine", (Function<String, Object>) FieldNormalizers::ine),
                Arguments.of("sex", (Function<String, Object>) FieldNormalizers::sex),
                Arguments.of("email", (Function<String, Object>) FieldNormalizers::email),
                Arguments.of("postalCode", (Function<String, Object>) FieldNormalizers::postalCode));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyNormalizer")
    void shouldGiveNullForNullOrBlankInput(String name, Function<String, Object> normalizer) {
        assertThat(normalizer.apply(null)).isNull();
        assertThat(normalizer.apply("")).isNull();
        assertThat(normalizer.apply("  \t ")).isNull();
        assertThat(normalizer.apply("\u00a0")).isNull();
    }

    @Nested
    class Name {

        @Test
        void shouldTrimAndCollapseInnerWhitespace() {
            assertThat(FieldNormalizers.name("  Jean   Pierre\t Marie ")).isEqualTo("Jean Pierre Marie");
        }

        @Test
        void shouldTurnNonBreakingSpacesIntoSpaces() {
            assertThat(FieldNormalizers.name("\u00a0Anne\u00a0\u00a0Sophie")).isEqualTo("Anne Sophie");
        }

        @Test
        void shouldComposeDecomposedAccents() {
            assertThat(FieldNormalizers.name("He\u0301le\u0300ne")).isEqualTo("H\u00e9l\u00e8ne");
        }

        @Test
        void shouldKeepCaseHyphensAndApostrophes() {
            assertThat(FieldNormalizers.name("N'Diaye-Martin")).isEqualTo("N'Diaye-Martin");
        }
    }

    @Nested
    class Date {

        @ParameterizedTest
        @ValueSource(strings = {"05/03/2008", "5/3/2008", "2008-03-05", "05-03-2008", "05.03.2008",
            " 05/03/2008 ", "05/03/2008 00:00", "05/03/2008 00:00:00", "2008-03-05T00:00:00",
            "2008-03-05 00:00:00.0"})
        void shouldReadEveryAcceptedShape(String raw) {
            assertThat(FieldNormalizers.date(raw)).isEqualTo(LocalDate.of(2008, 3, 5));
        }

        @Test
        void shouldAcceptTheTwentyNinthOfFebruaryInALeapYear() {
            assertThat(FieldNormalizers.date("29/02/2008")).isEqualTo(LocalDate.of(2008, 2, 29));
        }

        @ParameterizedTest
        @ValueSource(strings = {"31/02/2008", "29/02/2007", "00/01/2008", "32/01/2008", "15/13/2008",
            "2008-02-30", "31.04.2008"})
        void shouldRejectImpossibleCalendarDates(String raw) {
            assertThatThrownBy(() -> FieldNormalizers.date(raw))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("date impossible : " + raw);
        }

        @ParameterizedTest
        @ValueSource(strings = {"hier", "2008", "05/03", "05/03-2008", "2008/03/05", "05/03/20088",
            "5 mars 2008", "05032008"})
        void shouldRejectUnreadableDates(String raw) {
            assertThatThrownBy(() -> FieldNormalizers.date(raw))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("date illisible : " + raw);
        }

        @ParameterizedTest
        @ValueSource(strings = {"05/03/08", "5/3/08", "05-03-08", "05.03.08"})
        void shouldRejectTwoDigitYearsAsAmbiguous(String raw) {
            assertThatThrownBy(() -> FieldNormalizers.date(raw))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("date avec une année sur deux chiffres : " + raw);
        }

        @Test
        void shouldOpenTheMessageWithTheGivenLabel() {
            assertThatThrownBy(() -> FieldNormalizers.date("31/02/2008", "date de naissance"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("date de naissance impossible : 31/02/2008");
        }

        @Test
        void shouldQuoteTheTrimmedValueInTheMessage() {
            assertThatThrownBy(() -> FieldNormalizers.date("  31/02/2008 "))
                    .hasMessage("date impossible : 31/02/2008");
        }
    }

    @Nested
    class Ine {

        @ParameterizedTest
        @CsvSource({
            "123456789AB, 123456789AB",
            "123456789ab, 123456789AB",
            "1234567890A, 1234567890A",
            "1234567890a, 1234567890A",
            "1234A12345B, 1234A12345B",
            "1234a12345b, 1234A12345B",
            "' 123 456 789 AB ', 123456789AB",
            "123-456-789.AB, 123456789AB",
        })
        void shouldAcceptTheThreeFormatsWhateverTheCaseAndSpaces(String raw, String expected) {
            assertThat(FieldNormalizers.ine(raw)).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"12345678AB", "123456789A", "1234567890", "12345678901", "1234B12345C",
            "1234A1234BC", "123456789ÉA", "ABCDEFGHIJK", "123456789ABC"})
        void shouldRejectAnyOtherShape(String raw) {
            assertThatThrownBy(() -> FieldNormalizers.ine(raw))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("INE invalide : " + raw);
        }
    }

    @Nested
    class Sex {

        @ParameterizedTest
        @ValueSource(strings = {"M", "m", "H", "h", "G", "1", " M ", "Masculin", "MASCULIN", "homme", "Garçon"})
        void shouldReadMaleCodes(String raw) {
            assertThat(FieldNormalizers.sex(raw)).isEqualTo("M");
        }

        @ParameterizedTest
        @ValueSource(strings = {"F", "f", "2", "Féminin", "FEMININ", "feminin", "Femme", "fille"})
        void shouldReadFemaleCodes(String raw) {
            assertThat(FieldNormalizers.sex(raw)).isEqualTo("F");
        }

        @ParameterizedTest
        @ValueSource(strings = {"X", "3", "0", "MF", "inconnu"})
        void shouldRejectAnythingElse(String raw) {
            assertThatThrownBy(() -> FieldNormalizers.sex(raw))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("sexe invalide : " + raw);
        }
    }

    @Nested
    class Email {

        @ParameterizedTest
        @CsvSource({
            "' Jean.Dupont@Example.FR ', jean.dupont@example.fr",
            "a+b@mail.co.uk, a+b@mail.co.uk",
            "o'neil@gmail.com, o'neil@gmail.com",
            "jean_dupont-93@sub.domaine-ok.fr, jean_dupont-93@sub.domaine-ok.fr",
        })
        void shouldTrimAndLowerCase(String raw, String expected) {
            assertThat(FieldNormalizers.email(raw)).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"jean.dupont", "jean@", "@example.fr", "jean@example", "jean dupont@example.fr",
            "jean@@example.fr", "jean..dupont@example.fr", ".jean@example.fr", "jean@-example.fr",
            "jean@example.f", "jean@example.fr; paul@example.fr"})
        void shouldRejectValuesThatAreNotAnAddress(String raw) {
            assertThatThrownBy(() -> FieldNormalizers.email(raw))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("adresse e-mail invalide : " + raw);
        }
    }

    @Nested
    class PostalCode {

        @ParameterizedTest
        @CsvSource({
            "93200, 93200",
            "' 93200 ', 93200",
            "93 200, 93200",
            "1000, 01000",
            "'1 000', 01000",
        })
        void shouldGiveFiveDigits(String raw, String expected) {
            assertThat(FieldNormalizers.postalCode(raw)).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"932", "932000", "93-200", "2A004", "CEDEX", "93200 CEDEX"})
        void shouldRejectAnythingElse(String raw) {
            assertThatThrownBy(() -> FieldNormalizers.postalCode(raw))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("code postal invalide : " + raw);
        }
    }

    /**
     * The NFC short-cut of {@link FieldNormalizers#name} (no check below U+0300) gives what the full
     * normalization gives, on random names mixing plain and accented letters, decomposed accents,
     * combining marks, Greek and CJK, and every kind of space.
     */
    @Test
    void shouldNormalizeNamesAsTheFullNfcNormalizationDoes() {
        java.util.Random random = new java.util.Random(20261201L);
        String[] pieces = {"a", "E", "z", "é", "È", "ç", "œ", "ÿ", "e\u0301", "A\u030A", "\u0301", "\u0327", "\u02BC",
            "\u02FF", "\u0300", "Ω", "ά", "\u1E9B\u0323", "漢", "\uAC00\u11A8", " ", "  ", "\u00A0", "\u202F", "\t", "-", "'"};
        for (int run = 0; run < 100_000; run++) {
            StringBuilder raw = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                raw.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = raw.toString();
            String collapsed = java.util.regex.Pattern.compile("[\\s\\h]+").matcher(text).replaceAll(" ").strip();
            String expected = collapsed.isEmpty() ? null : java.text.Normalizer.normalize(collapsed, java.text.Normalizer.Form.NFC);
            assertThat(FieldNormalizers.name(text)).as(text).isEqualTo(expected);
        }
    }
}
