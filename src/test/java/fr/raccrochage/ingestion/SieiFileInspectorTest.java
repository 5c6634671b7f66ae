package fr.raccrochage.ingestion;

import fr.raccrochage.core.inbound.FileRefusedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SieiFileInspectorTest {

    @TempDir
    Path dir;

    private final SieiFileInspector inspector = new SieiFileInspector(Map.of());

    @Test
    void shouldDetectUtf8WithBomAndSemicolons() {
        SieiFileFormat format = inspector.inspect(SieiFiles.utf8WithBom(dir.resolve("a.csv"),
                "NOM;PRENOM;DATE_NAISSANCE", "Hélène;Zoé;01/01/2008"));
        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(format.bom()).isTrue();
        assertThat(format.delimiter()).isEqualTo(';');
        assertThat(format.header().columns()).containsEntry(SieiField.NOM, 0).containsEntry(SieiField.DATE_NAISSANCE, 2);
    }

    @Test
    void shouldDetectWindows1252EvenWhenTheFirstAccentIsFarDown() {
        StringBuilder lines = new StringBuilder("Nom,Prenom,Date de naissance\n");
        for (int i = 0; i < 20_000; i++) {
            lines.append("Martin,Leo,01/01/2008\n");
        }
        lines.append("Lefèvre,Hélène,01/01/2008\n");
        Path file = SieiFiles.write(dir.resolve("b.csv"), SieiFileInspector.WINDOWS_1252, false, lines.toString());
        SieiFileFormat format = inspector.inspect(file);
        assertThat(format.charset()).isEqualTo(SieiFileInspector.WINDOWS_1252);
        assertThat(format.bom()).isFalse();
        assertThat(format.delimiter()).isEqualTo(',');
    }

    @Test
    void shouldTakeUtf8WithoutBom() {
        Path file = SieiFiles.write(dir.resolve("c.csv"), StandardCharsets.UTF_8, false, "NOM\tPRENOM\tDATE_NAISSANCE", "Zoé\tÉlodie\t01/01/2008");
        SieiFileFormat format = inspector.inspect(file);
        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(format.delimiter()).isEqualTo('\t');
    }

    @Test
    void shouldMatchHeadersIgnoringCaseAccentsSpacesAndPunctuation() {
        SieiHeader header = SieiHeader.match(new String[] {"  Nom ", "prénom", "Date-de.naissance", "TEL_JEUNE", "Tél. resp. 1",
            "RESP2_CODE_POSTAL", "N° INE", "Divers"}, Map.of());
        assertThat(header.columns()).containsEntry(SieiField.NOM, 0).containsEntry(SieiField.PRENOM, 1)
                .containsEntry(SieiField.DATE_NAISSANCE, 2).containsEntry(SieiField.TEL_JEUNE, 3)
                .containsEntry(SieiField.RESP1_TEL, 4).containsEntry(SieiField.RESP2_CODE_POSTAL, 5)
                .containsEntry(SieiField.INE, 6);
        assertThat(header.unknownColumns()).containsExactly(7);
    }

    @Test
    void shouldAcceptAliasesFromTheConfiguration() {
        SieiHeader header = SieiHeader.match(new String[] {"Patronyme", "Prénom usuel", "Né(e) le"},
                Map.of("NOM", List.of("Patronyme"), "PRENOM", List.of("prenom usuel"), "date-naissance", List.of("Né(e) le")));
        assertThat(header.columns()).containsOnlyKeys(SieiField.NOM, SieiField.PRENOM, SieiField.DATE_NAISSANCE);
    }

    @Test
    void shouldRefuseAnEmptyFile() throws Exception {
        Path file = Files.write(dir.resolve("vide.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n'});
        assertThatThrownBy(() -> inspector.inspect(file)).isInstanceOf(FileRefusedException.class)
                .hasMessage("Fichier refusé : « vide.csv » est vide.");
    }

    @Test
    void shouldRefuseABinaryFile() throws Exception {
        Path file = Files.write(dir.resolve("liste.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 8, 0, 0, 0, 'x'});
        assertThatThrownBy(() -> inspector.inspect(file)).isInstanceOf(FileRefusedException.class)
                .hasMessageStartingWith("Fichier refusé : « liste.xlsx » n'est pas un classeur .xlsx lisible");
    }

    @Test
    void shouldRefuseAFileWithoutHeader() {
        Path file = SieiFiles.utf8WithBom(dir.resolve("d.csv"), "Martin;Léo;01/01/2008", "Durand;Ana;02/02/2008");
        assertThatThrownBy(() -> inspector.inspect(file)).isInstanceOf(FileRefusedException.class)
                .hasMessage("Fichier refusé : la première ligne n'est pas un en-tête de liste SIEI (aucune colonne reconnue).");
    }

    @Test
    void shouldRefuseTwoColumnsForOneField() {
        Path file = SieiFiles.utf8WithBom(dir.resolve("e.csv"), "NOM;Nom de famille;PRENOM;DATE_NAISSANCE", "a;b;c;d");
        assertThatThrownBy(() -> inspector.inspect(file)).isInstanceOf(FileRefusedException.class)
                .hasMessage("Fichier refusé : les colonnes « NOM » et « Nom de famille » désignent toutes deux NOM.");
    }

    @Test
    void shouldRefuseAMissingFile() {
        assertThatThrownBy(() -> inspector.inspect(dir.resolve("absent.csv"))).isInstanceOf(FileRefusedException.class)
                .hasMessage("Fichier refusé : « " + dir.resolve("absent.csv") + " » n'existe pas.");
    }

    @Test
    void shouldSayAFolderIsAFolder() {
        assertThatThrownBy(() -> inspector.inspect(dir)).isInstanceOf(FileRefusedException.class)
                .hasMessage("Fichier refusé : « " + dir + " » est un dossier, pas un fichier (indiquez le ou les fichiers "
                        + "qu'il contient).");
    }

    @Test
    void shouldGiveTheSameFingerprintToTheSameContent() throws Exception {
        Path a = SieiFiles.utf8WithBom(dir.resolve("f.csv"), "NOM;PRENOM;DATE_NAISSANCE", "a;b;01/01/2008");
        Path b = Files.copy(a, dir.resolve("g.csv"));
        assertThat(inspector.inspect(a).sha256()).isEqualTo(inspector.inspect(b).sha256()).hasSize(64);
    }
}
