package fr.raccrochage.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.raccrochage.core.inbound.FileRefusedException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DirectoryFileTest {

    @Test
    void shouldReadTheSampleDirectoryWithoutError() throws Exception {
        try (Reader reader = Files.newBufferedReader(Path.of("sample-data", "partenaires-idf-exemple.csv"), StandardCharsets.UTF_8)) {
            DirectoryFile.Parsed parsed = new DirectoryFile(Directories.COMMUNES, "11").read(reader, "exemple.csv");

            assertThat(parsed.errors()).isEmpty();
            assertThat(parsed.lines()).isEqualTo(2656);
            assertThat(parsed.entries()).hasSize(2656);
        }
    }

    @Test
    void shouldListEveryErrorWithItsLineNumberInFrench() {
        DirectoryFile.Parsed parsed = Directories.parse(Directories.HEADER
                + "ML-A;MISSION_LOCALE;Mission locale A;93;93066\n"      // 2 fine
                + "ML-B;MISSION_LOCALE;Mission locale B;93;93066\n"      // 3 same commune, second ML
                + "ML-A;MISSION_LOCALE;Mission locale A;93;99999\n"      // 4 unknown code
                + "CIO-A;LYCEE;CIO A;93;93001\n"                          // 5 unknown type
                + "CIO-A;CIO;CIO A;93\n"                                  // 6 a column missing
                + "ML-C;MISSION_LOCALE;Mission locale C;69;69123\n"      // 7 out of the region
                + "PRIJ-1;PRIJ;Groupe 1;93;93066\n"                       // 8 fine
                + "PRIJ-2;PRIJ;Groupe 2;93;93066\n"                       // 9 second PRIJ
                + "ML-A;MISSION_LOCALE;Mission locale A;93;93066\n");   // 10 duplicate line

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).containsExactly(
                "ligne 3 : commune 93066 (Saint-Denis) déjà couverte par la mission locale ML-A à la ligne 2 ; une commune n'a qu'une mission locale",
                "ligne 4 : code commune « 99999 » inconnu du code officiel géographique",
                "ligne 5 : type « LYCEE » inconnu (MISSION_LOCALE, CIO ou PRIJ attendu)",
                "ligne 6 : 4 colonnes au lieu de 5",
                "ligne 7 : commune 69123 (Lyon) hors de la région 11",
                "ligne 9 : commune 93066 (Saint-Denis) déjà couverte par le groupe PRIJ PRIJ-1 à la ligne 8 ; une commune n'a qu'un groupe PRIJ au plus",
                "ligne 10 : ligne en double (ML-A, commune 93066 déjà à la ligne 2)");
    }

    @Test
    void shouldReadADirectorySavedInWindows1252AsWellAsInUtf8() {
        String line = "CIO-1;CIO;CIO CA Étampois;91;91001";

        assertThat(PartnerDirectoryService.text(line.getBytes(java.nio.charset.Charset.forName("windows-1252")))).isEqualTo(line);
        assertThat(PartnerDirectoryService.text(("\uFEFF" + line).getBytes(StandardCharsets.UTF_8))).isEqualTo("\uFEFF" + line);
    }

    @Test
    void shouldRefuseAFileWithoutTheExpectedHeader() {
        assertThatThrownBy(() -> Directories.parse("id;type;nom\nML-A;MISSION_LOCALE;A\n"))
                .isInstanceOf(FileRefusedException.class)
                .hasMessageContaining("en-tête attendu : partenaire_id;type;nom;departement;code_insee");
    }
}
