package fr.raccrochage.ingestion.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchoolFieldsTest {

    @Test
    void shouldUpperCaseAUaiAndRemoveItsSpaces() {
        assertThat(FieldNormalizers.uai(" 0930 123a ")).isEqualTo("0930123A");
        assertThat(FieldNormalizers.uai("  ")).isNull();
    }

    @Test
    void shouldRefuseAUaiOfAnotherShape() {
        assertThatThrownBy(() -> FieldNormalizers.uai("093012A")).isInstanceOf(InvalidValueException.class)
                .hasMessage("UAI invalide : 093012A");
    }

    @Test
    void shouldKnowTheThreeSources() {
        assertThat(FieldNormalizers.source("agri")).isEqualTo("AGRI");
        assertThat(FieldNormalizers.source("CFA")).isEqualTo("CFA");
        assertThatThrownBy(() -> FieldNormalizers.source("MSA")).hasMessage("source inconnue : MSA");
    }
}
