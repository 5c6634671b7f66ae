package fr.raccrochage.sms;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.sms.SmsEncoding.Alphabet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmsEncodingTest {

    @Test
    void shouldHoldTheWholeGsm0338BasicTableAndNothingElseAsOneSeptetEach() {
        // 128 code points, the escape 0x1B being the way into the extension table, not a character.
        assertThat(SmsEncoding.BASIC).hasSize(128);
        assertThat(SmsEncoding.BASIC.chars().distinct().count()).isEqualTo(128);
        assertThat(SmsEncoding.BASIC.indexOf('@')).isZero();
        assertThat(SmsEncoding.BASIC.indexOf('Ç')).isEqualTo(0x09);
        assertThat(SmsEncoding.BASIC.indexOf('É')).isEqualTo(0x1F);
        assertThat(SmsEncoding.BASIC.indexOf('¤')).isEqualTo(0x24);
        assertThat(SmsEncoding.BASIC.indexOf('¡')).isEqualTo(0x40);
        assertThat(SmsEncoding.BASIC.indexOf('§')).isEqualTo(0x5F);
        assertThat(SmsEncoding.BASIC.indexOf('¿')).isEqualTo(0x60);
        assertThat(SmsEncoding.BASIC.indexOf('à')).isEqualTo(0x7F);
    }

    @Test
    void shouldKeepFrenchTextWithTheAccentsOfTheBasicTableInGsm7() {
        SmsEncoding e = SmsEncoding.of("Bonjour Zoé, la Région va vous appeler : où êtes-vous ?".replace("ê", "e"));

        assertThat(e.alphabet()).isEqualTo(Alphabet.GSM_7);
        assertThat(e.units()).isEqualTo(55);
        assertThat(e.segments()).isEqualTo(1);
        assertThat(SmsEncoding.of("é è ù ì ò à É Ç Ä Ö Ñ Ü ä ö ñ ü ß Æ æ Ø ø Å å").alphabet()).isEqualTo(Alphabet.GSM_7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ç", "ê", "â", "î", "ô", "û", "ë", "ï", "Ê", "Î", "œ", "’", "😀"})
    void shouldSwitchToUcs2ForACharacterOutsideBothTables(String c) {
        SmsEncoding e = SmsEncoding.of("Bonjour " + c);

        assertThat(e.alphabet()).isEqualTo(Alphabet.UCS_2);
        assertThat(e.units()).isEqualTo(8 + c.length());
        assertThat(e.segments()).isEqualTo(1);
    }

    @Test
    void shouldCountTheExtensionCharactersAsTwoSeptets() {
        SmsEncoding e = SmsEncoding.of("€ [ ] { } \\ ~ ^ |\f");

        assertThat(e.alphabet()).isEqualTo(Alphabet.GSM_7);
        assertThat(e.units()).isEqualTo(10 * 2 + 8);
    }

    @Test
    void shouldSplitGsm7At160Then153AndNeverCutAnEscapeInTwo() {
        assertThat(SmsEncoding.of("a".repeat(160)).segments()).isEqualTo(1);
        assertThat(SmsEncoding.of("a".repeat(161)).segments()).isEqualTo(2);
        assertThat(SmsEncoding.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsEncoding.of("a".repeat(307)).segments()).isEqualTo(3);
        assertThat(SmsEncoding.of("€".repeat(80)).segments()).isEqualTo(1);
        assertThat(SmsEncoding.of("€".repeat(81)).segments()).isEqualTo(2);
        // 152 septets then a euro sign: it does not fit in the first segment's last septet.
        assertThat(SmsEncoding.of("a".repeat(152) + "€" + "a".repeat(152)).units()).isEqualTo(306);
        assertThat(SmsEncoding.of("a".repeat(152) + "€" + "a".repeat(152)).segments()).isEqualTo(3);
    }

    @Test
    void shouldSplitUcs2At70Then67() {
        assertThat(SmsEncoding.of("ç".repeat(70)).segments()).isEqualTo(1);
        assertThat(SmsEncoding.of("ç".repeat(71)).segments()).isEqualTo(2);
        assertThat(SmsEncoding.of("ç".repeat(134)).segments()).isEqualTo(2);
        assertThat(SmsEncoding.of("ç".repeat(135)).segments()).isEqualTo(3);
        // 66 units then an emoji (two units): it goes whole into the second segment.
        assertThat(SmsEncoding.of("ç".repeat(66) + "😀" + "ç".repeat(66)).segments()).isEqualTo(3);
    }
}
