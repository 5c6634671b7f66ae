package fr.raccrochage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.identity.AddressKey.Agreement;
import org.junit.jupiter.api.Test;

class AddressKeyTest {

    static Agreement compare(String a, String pa, String b, String pb) {
        return AddressKey.of(a, pa).compare(AddressKey.of(b, pb));
    }

    @Test
    void shouldReadNumberSuffixAndStreetWhateverTheWriting() {
        AddressKey key = AddressKey.of("Bât. A, 12 bis av. du Général de Gaulle", "92110");

        assertThat(key.number()).isEqualTo(12 * 4 + 1);
        assertThat(key.street()).isEqualTo("AVENUE GAULLE GENERAL");
        assertThat(key.postcode()).isEqualTo(92110);
        assertThat(AddressKey.of("12B AV DU GAL DE GAULLE", null)).isEqualTo(new AddressKey(49, key.street(), 0));
    }

    @Test
    void shouldExpandTheUsualAbbreviations() {
        assertThat(compare("3 bd Gabriel Péri", "93320", "3 BOULEVARD GABRIEL PERI", "93320")).isEqualTo(Agreement.SAME);
        assertThat(compare("5 r Jean Jaurès", null, "5 rue Jean Jaures", null)).isEqualTo(Agreement.SAME);
        assertThat(compare("8 chem. des Vignes", null, "8 chemin des vignes", null)).isEqualTo(Agreement.SAME);
        assertThat(compare("1 pl de l'Église", null, "1 PLACE DE L EGLISE", null)).isEqualTo(Agreement.SAME);
        assertThat(compare("4 imp des Lilas", null, "4 impasse des Lilas", null)).isEqualTo(Agreement.SAME);
        assertThat(compare("22 R ST DENIS", null, "22 rue Saint-Denis", null)).isEqualTo(Agreement.SAME);
    }

    @Test
    void shouldIgnoreWordOrderComplementsAndTypos() {
        assertThat(compare("Résidence Les Tilleuls, 34 rye Marcel Cachin", "92250",
                "34 Rue Marcel Cachin Residence Les Tilleuls", "92250")).isEqualTo(Agreement.SAME);
        assertThat(compare("16 Rue Ed La Paix", "92000", "16 RUE DE LA PAXI", "92000")).isEqualTo(Agreement.SAME);
        assertThat(compare("3 BOULEVRAD BARBES", null, "3 BOULEVARD BARBES", null)).isEqualTo(Agreement.SAME);
        assertThat(compare("21 BOULEVARD GABRIEL PLRI", null, "21 BD GABRIEL PERI", null)).isEqualTo(Agreement.SAME);
        assertThat(compare("4 BIS R DU 8 TAI 1945", "78130", "4 BIS RUE CU 8 MAI 1945", "78130"))
                .isEqualTo(Agreement.SAME);
        assertThat(compare("59 RE DU 8 MAI 1945", null, "59 RUE DU 8 MAI 1945", null)).isEqualTo(Agreement.SAME);
        assertThat(compare("8 R DU BAUBOURG ST ANTOINE FOYER DE JEUNES TRAVAILLEURS", "95580",
                "FOYER DE JEUNES TRAVAILLEURS 8 R DU FAUBOURG ST ANTOINE", "95580")).isEqualTo(Agreement.SAME);
        assertThat(compare("7 rue Hugo Victor", null, "7, rue Victor-Hugo", null)).isEqualTo(Agreement.SAME);
    }

    @Test
    void shouldTellOtherHomesApart() {
        assertThat(compare("12 rue Victor Hugo", "92110", "12 rue Victor Hugo", "93100")).isEqualTo(Agreement.DIFFERENT);
        assertThat(compare("12 rue Jean Moulin", null, "12 rue Jean Jaurès", null)).isEqualTo(Agreement.DIFFERENT);
        assertThat(compare("12 rue du 8 mai 1945", null, "12 rue du 19 mars 1962", null)).isEqualTo(Agreement.DIFFERENT);
        assertThat(compare("12 rue Victor Hugo", null, "14 rue Victor Hugo", null)).isEqualTo(Agreement.SAME_STREET);
        assertThat(compare("12 bis rue Victor Hugo", null, "12 rue Victor Hugo", null)).isEqualTo(Agreement.SAME_STREET);
    }

    @Test
    void shouldSayNothingWithoutAStreet() {
        assertThat(compare(null, "92110", "12 rue Victor Hugo", "92110")).isEqualTo(Agreement.ABSENT);
        assertThat(compare("", null, "", null)).isEqualTo(Agreement.ABSENT);
        assertThat(AddressKey.of("   ", null)).isEqualTo(AddressKey.NONE);
    }
}
