package fr.raccrochage.ingestion.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNormalizerTest {

    private final PhoneNormalizer normalizer = new PhoneNormalizer();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", "\u00a0 ", "\u202f"})
    void shouldGiveEmptyForABlankValue(String raw) {
        assertThat(normalizer.normalize(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"06 12 34 56 78", "+33 6 12 34 56 78", "0033612345678", "06.12.34.56.78",
        "06-12-34-56-78", "612345678", "(0)6 12 34 56 78", "+33 (0)6 12 34 56 78", "0612345678",
        "+33612345678", "06/12/34/56/78", "0033 (0)6 12 34 56 78", "(+33) 6 12 34 56 78",
        " 06 12 34 56 78 ", "06\u00a012\u00a034\u00a056\u00a078", "33 6 12 34 56 78", "+33 6 12 34 56 78 "})
    void shouldReadEveryFrenchWayOfWritingAMobile(String raw) {
        assertThat(normalizer.normalize(raw)).contains(new Phone("+33612345678", PhoneType.MOBILE));
    }

    @ParameterizedTest
    @CsvSource({
        "01 23 45 67 89, +33123456789, FIXE",
        "+33 1 23 45 67 89, +33123456789, FIXE",
        "05 56 12 34 56, +33556123456, FIXE",
        "07 81 23 45 67, +33781234567, MOBILE",
        "06 38 12 34 56, +33638123456, MOBILE",
        "09 51 23 45 67, +33951234567, AUTRE",
        "08 00 12 34 56, +33800123456, AUTRE",
        "08 92 12 34 56, +33892123456, AUTRE",
    })
    void shouldTellMobilesFromFixedLinesAndOthers(String raw, String e164, PhoneType type) {
        assertThat(normalizer.normalize(raw)).contains(new Phone(e164, type));
    }

    @ParameterizedTest
    @CsvSource({
        "+32 470 12 34 56, +32470123456, MOBILE",
        "0032 470 12 34 56, +32470123456, MOBILE",
        "+32 2 555 12 12, +3225551212, FIXE",
        "+44 7911 123456, +447911123456, MOBILE",
        "+262 692 12 34 56, +262692123456, MOBILE",
    })
    void shouldReadForeignNumbersInInternationalForm(String raw, String e164, PhoneType type) {
        assertThat(normalizer.normalize(raw)).contains(new Phone(e164, type));
    }

    @Test
    void shouldCountANumberTheLibraryCallsFixedLineOrMobileAsFixed() {
        // North American numbers match both patterns: nothing says they are mobiles.
        assertThat(normalizer.normalize("+1 650 253 0000")).contains(new Phone("+16502530000", PhoneType.FIXE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"06 12 34 56", "06 12 34 56 78 90", "00 12 34 56 78", "06 91 12 34 56",
        "+33 0 0 12 34 56 78", "n/a", "-", "0", "inconnu", "+32 12", "06 12 34 56 7A"})
    void shouldRejectAnInvalidNumberQuotingIt(String raw) {
        assertThatThrownBy(() -> normalizer.normalize(raw))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("numéro de téléphone invalide : " + raw.strip());
    }

    @Test
    void shouldRejectAFrenchNationalNumberOfAnOverseasOperatorAsTheLibraryDoes() {
        // With the French default region, 0692… is read as +33 692…, which does not exist:
        // Réunion numbers are valid only in their international form (+262).
        assertThatThrownBy(() -> normalizer.normalize("0692 12 34 56"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shouldGiveTheSameAnswerOnTheFastPathAsThroughTheLibrary() {
        String raw = "06 12 34 56 78";

        assertThat(FrenchNumberShape.nationalNumber(raw)).isNotNull();
        assertThat(normalizer.normalize(raw)).isEqualTo(Optional.of(normalizer.byLibrary(raw)));
    }
}
