package fr.raccrochage.core.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CommuneDirectoryTest {

    private static final String HEADER = "code_insee;nom;type;code_commune_rattachement;departement;region;"
            + "codes_postaux;population;epci_code;epci_nom;ept_code;ept_nom\n";

    private static CommuneDirectory directory;

    @BeforeAll
    static void loadTheReferenceFile() {
        directory = CommuneDirectory.fromClasspath();
    }

    @Test
    void shouldLoadEveryLineOfTheReferenceFile() {
        assertThat(directory.all()).hasSize(37_590);
        assertThat(directory.all()).filteredOn(c -> c.type() == CommuneType.COMMUNE).hasSize(34_969);
        assertThat(directory.all()).filteredOn(c -> c.type() == CommuneType.ARRONDISSEMENT).hasSize(45);
        assertThat(directory.all()).filteredOn(c -> c.type() == CommuneType.DELEGUEE).hasSize(2_105);
        assertThat(directory.all()).filteredOn(c -> c.type() == CommuneType.ASSOCIEE).hasSize(471);
    }

    @Test
    void shouldReadEveryColumnOfACommune() {
        Commune saintDenis = directory.byCode("93066").orElseThrow();

        assertThat(saintDenis).isEqualTo(new Commune("93066", "Saint-Denis", CommuneType.COMMUNE, null, "93", "11",
                List.of("93200", "93210", "93380"), 149_077, "200054781", "Métropole du Grand Paris",
                "200057867", "Plaine Commune"));
    }

    @Test
    void shouldPreferTheCommuneWhenACommuneNouvelleSharesItsCodeWithItsOwnDeleguee() {
        assertThat(directory.byCode("77316")).hasValueSatisfying(commune -> {
            assertThat(commune.nom()).isEqualTo("Moret-Loing-et-Orvanne");
            assertThat(commune.type()).isEqualTo(CommuneType.COMMUNE);
        });
        assertThat(directory.all()).filteredOn(c -> c.codeInsee().equals("77316"))
                .extracting(Commune::nom).containsExactlyInAnyOrder("Moret-Loing-et-Orvanne", "Moret-sur-Loing");
    }

    @Test
    void shouldGiveADelegueeWithItsCommuneOfAttachmentAndNoPostalCodeNorPopulation() {
        Commune ecuelles = directory.byCode("77166").orElseThrow();

        assertThat(ecuelles.type()).isEqualTo(CommuneType.DELEGUEE);
        assertThat(ecuelles.codeRattachement()).isEqualTo("77316");
        assertThat(ecuelles.codesPostaux()).isEmpty();
        assertThat(ecuelles.population()).isZero();
    }

    @Test
    void shouldKnowCorsicanCodes() {
        assertThat(directory.byCode("2A004")).map(Commune::nom).contains("Ajaccio");
    }

    @Test
    void shouldGiveNothingForAnUnknownCode() {
        assertThat(directory.byCode("99999")).isEmpty();
        assertThat(directory.byCode(null)).isEmpty();
    }

    @Test
    void shouldListEveryEntryOfASharedPostalCode() {
        assertThat(directory.byPostalCode("95270")).extracting(Commune::nom).containsExactlyInAnyOrder(
                "Asnières-sur-Oise", "Bellefontaine", "Belloy-en-France", "Chaumontel", "Épinay-Champlâtreux",
                "Lassy", "Luzarches", "Noisy-sur-Oise", "Le Plessis-Luzarches", "Saint-Martin-du-Tertre",
                "Seugy", "Viarmes");
    }

    @Test
    void shouldListBothParisAndItsArrondissementForAnArrondissementPostalCode() {
        assertThat(directory.byPostalCode("75116")).extracting(Commune::codeInsee)
                .containsExactlyInAnyOrder("75056", "75116");
        assertThat(directory.byPostalCode("75016")).extracting(Commune::codeInsee)
                .containsExactlyInAnyOrder("75056", "75116");
    }

    @Test
    void shouldGiveAnEmptyListForAnUnknownPostalCode() {
        assertThat(directory.byPostalCode("00000")).isEmpty();
    }

    @Test
    void shouldReadQuotedFieldsWithDoubledQuotes() {
        assertThat(directory.byCode("04005")).map(Commune::epciNom)
                .contains("CC Alpes-Provence-Verdon \"Sources de lumière\"");
    }

    @Test
    void shouldNotLetCallersChangeTheDirectory() {
        assertThatThrownBy(() -> directory.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> directory.byPostalCode("95270").clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldReadAFileInTheSameFormatWithOrWithoutByteOrderMark() {
        String line = "01001;L'Abergement-Clémenciat;COMMUNE;;01;84;01400;860;200069193;CC de la Dombes;;\n";

        CommuneDirectory small = CommuneDirectory.read(new StringReader("\uFEFF" + HEADER + line));

        assertThat(small.all()).hasSize(1);
        assertThat(small.byPostalCode("01400")).extracting(Commune::codeInsee).containsExactly("01001");
    }

    @Test
    void shouldRefuseAFileWithAnotherHeader() {
        assertThatThrownBy(() -> CommuneDirectory.read(new StringReader("code;nom\n01001;X\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected header");
    }

    @Test
    void shouldRefuseALineWithTheWrongNumberOfFieldsGivingItsNumber() {
        assertThatThrownBy(() -> CommuneDirectory.read(new StringReader(HEADER + "01001;X;COMMUNE\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void shouldRefuseAnUnknownType() {
        String line = "01001;X;VILLAGE;;01;84;01400;860;;;;\n";

        assertThatThrownBy(() -> CommuneDirectory.read(new StringReader(HEADER + line)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }
}
