package fr.raccrochage.core.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"06 12 34 56 78", "0612345678", "+33 6 12 34 56 78", "0033612345678", "33612345678",
        "06.12.34.56.78", " (06) 12-34-56-78 "})
    void shouldReadEveryWayAFrenchMobileIsQuotedBack(String quoted) {
        assertThat(PhoneNumber.e164(quoted)).contains("+33612345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "06 12 34", "pas de numéro", "+33 6 12 34 56 78 90 12 34 56"})
    void shouldRefuseWhatIsNotANumber(String quoted) {
        assertThat(PhoneNumber.parse(quoted)).isEmpty();
    }

    @Test
    void shouldShowFrenchNumbersInTheNationalFormAndOthersAsStored() {
        assertThat(new PhoneNumber("+33612345678").display()).isEqualTo("06 12 34 56 78");
        assertThat(new PhoneNumber("+33140506070").display()).isEqualTo("01 40 50 60 70");
        assertThat(new PhoneNumber("+3225123456").display()).isEqualTo("+3225123456");
        assertThat(PhoneNumber.display(null)).isNull();
    }
}
