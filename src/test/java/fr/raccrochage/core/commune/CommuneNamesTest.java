package fr.raccrochage.core.commune;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CommuneNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Saint-Denis|SAINT DENIS|SAINT DENIS",
        "ST DENIS|SAINT DENIS|SAINT DENIS",
        "STE GENEVIEVE DES BOIS|SAINTE GENEVIEVE DES BOIS|SAINTE GENEVIEVE DES BOIS",
        "Le Perreux-sur-Marne|LE PERREUX SUR MARNE|PERREUX SUR MARNE",
        "PERREUX SUR MARNE (LE)|LE PERREUX SUR MARNE|PERREUX SUR MARNE",
        "PERREUX SUR MARNE|PERREUX SUR MARNE|PERREUX SUR MARNE",
        "L'Haÿ-les-Roses|L HAY LES ROSES|HAY LES ROSES",
        "HAY LES ROSES (L')|L HAY LES ROSES|HAY LES ROSES",
        "NOISY LE GRAND CEDEX|NOISY LE GRAND|NOISY LE GRAND",
        "ST DENIS CEDEX 9|SAINT DENIS|SAINT DENIS",
        "Paris 11e Arrondissement|PARIS 11|PARIS 11",
        "PARIS 11|PARIS 11|PARIS 11",
        "PARIS 11E|PARIS 11|PARIS 11",
        "PARIS 11EME|PARIS 11|PARIS 11",
        "Paris 11ème|PARIS 11|PARIS 11",
        "PARIS 1ER|PARIS 1|PARIS 1",
        "PARIS 01|PARIS 1|PARIS 1",
        "Lyon 3e Arrondissement|LYON 3|LYON 3",
        "MARSEILLE 13EME|MARSEILLE 13|MARSEILLE 13",
        "PARIS|PARIS|PARIS",
        "La|LA|LA",
    })
    void shouldGiveTheSameFormsToTheWaysSourcesWriteAName(String name, String full, String loose) {
        assertThat(CommuneNames.of(name)).isEqualTo(new CommuneNames.Forms(full, loose));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "-", "(  )"})
    void shouldGiveBlankFormsToABlankName(String name) {
        assertThat(CommuneNames.of(name).isBlank()).isTrue();
    }
}
