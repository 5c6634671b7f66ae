package fr.raccrochage.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextKeysTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "  \t ", "-", " ' - . "})
    void shouldGiveAnEmptyKeyForNullBlankOrPunctuationOnly(String text) {
        assertThat(TextKeys.key(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Épinay-sur-Seine|EPINAY SUR SEINE",
        "EPINAY SUR SEINE|EPINAY SUR SEINE",
        "epinay  sur   seine|EPINAY SUR SEINE",
        "L'Haÿ-les-Roses|L HAY LES ROSES",
        "L’Haÿ-les-Roses|L HAY LES ROSES",
        "St. Denis|ST DENIS",
        "Saint-Denis, 93|SAINT DENIS 93",
        "  Hélène  |HELENE",
        "Françoise|FRANCOISE",
        "Noël|NOEL",
        "Paris 11e|PARIS 11E",
    })
    void shouldRemoveAccentsCaseAndPunctuation(String text, String expected) {
        assertThat(TextKeys.key(text)).isEqualTo(expected);
    }

    @Test
    void shouldExpandLigatures() {
        assertThat(TextKeys.key("Œuvre cœur")).isEqualTo("OEUVRE COEUR");
        assertThat(TextKeys.key("Lætitia Cæsar")).isEqualTo("LAETITIA CAESAR");
        assertThat(TextKeys.key("Straße")).isEqualTo("STRASSE");
    }

    @Test
    void shouldGiveTheSameKeyForComposedAndDecomposedAccents() {
        String composed = "\u00c9cuelles";
        String decomposed = "E\u0301cuelles";

        assertThat(TextKeys.key(decomposed)).isEqualTo(TextKeys.key(composed)).isEqualTo("ECUELLES");
    }

    @Test
    void shouldKeepLettersWithoutAsciiDecompositionUpperCased() {
        assertThat(TextKeys.key("Søren")).isEqualTo("SØREN");
    }

    @Test
    void shouldTreatNonBreakingSpacesAndTabsAsSeparators() {
        assertThat(TextKeys.key("Saint\u00a0Denis\tcedex")).isEqualTo("SAINT DENIS CEDEX");
    }
}
