package fr.raccrochage.ingestion;

import static fr.raccrochage.core.inbound.InboundKind.SIEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.raccrochage.ReceivedFilesTables;
import fr.raccrochage.TestDatabase;
import fr.raccrochage.core.inbound.FileRefusedException;
import fr.raccrochage.core.inbound.InboundVariants;
import fr.raccrochage.ingestion.SieiImportService.ImportSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.jdbc.JdbcTestUtils;

/**
 * The real import job on real files into a real database: H2 ({@link IngestionJobFunctionalTests})
 * and PostgreSQL ({@link IngestionJobPostgresTests}) run the same tests.
 */
@SpringBootTest(properties = "raccrochage.cli.actif=false")
abstract class IngestionJobTests {

    static final LocalDate REFERENCE = LocalDate.of(2026, 9, 1);

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestDatabase.registerFolders(registry, home);
    }

    @Autowired
    SieiImportService imports;

    @Autowired
    WaveExtract extract;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path files;

    @BeforeEach
    void emptyTables() {
        JdbcTestUtils.deleteFromTables(jdbc, "siei_enregistrement");
        ReceivedFilesTables.delete(jdbc, SIEI);
    }

    private ImportSummary importFile(String wave, Path file) {
        return imports.importFile(wave, imports.inspect(file), REFERENCE);
    }

    @Test
    void shouldStoreRecordsAndRejectsWithTheirLineNumbers() throws Exception {
        ImportSummary summary = importFile("T1", SieiFiles.sampleWave(files.resolve("liste.csv")));

        assertThat(summary.alreadyImported()).isFalse();
        assertThat(List.of(summary.read(), summary.stored(), summary.rejected(), summary.flagged()))
                .containsExactly(8, 6, 2, 2);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT ligne, nom, code_insee_residence, source_residence, drapeaux FROM siei_enregistrement ORDER BY ligne""");
        assertThat(rows).extracting(r -> r.get("LIGNE") + " " + r.get("NOM") + " " + r.get("CODE_INSEE_RESIDENCE") + " "
                + r.get("SOURCE_RESIDENCE") + " " + r.get("DRAPEAUX")).containsExactly(
                "2 Martin 93066 JEUNE ",
                "3 Dupont 75111 RESP1 ",
                "4 N'Diaye 77316 JEUNE ",
                "8 Petit 69123 JEUNE HORS_REGION|HORS_AGE|SANS_TELEPHONE|TELEPHONE_INVALIDE|INE_INVALIDE",
                "9 Roux null NONE COMMUNE_INCONNUE|SANS_TELEPHONE",
                "10 Garcia 95127 RESP2 ");
        assertThat(Files.readString(summary.rejectFile(), StandardCharsets.UTF_8)).isEqualTo("""
                \uFEFFligne;motif;contenu
                6;nom absent;";;Lucas;01/01/2008;M;0612345681;;;93800;EPINAY SUR SEINE;;;;;;;;;;;;"
                7;date de naissance impossible : 31/02/2008;";Bernard;Léa;31/02/2008;F;0612345682;;;93800;EPINAY SUR SEINE;;;;;;;;;;;;"
                """);
    }

    static final List<String> PRETTY_HEADER = List.of("N° INE", "Nom", "Prénom", "Date de naissance", "Sexe",
            "Tél. jeune", "E-mail jeune", "Adresse", "Code postal", "Commune", "Code commune", "Nom resp. 1",
            "Prénom resp. 1", "Tél. resp. 1", "Code postal resp. 1", "Commune resp. 1", "Nom resp. 2", "Tél. resp. 2",
            "Code postal resp. 2", "Commune resp. 2", "UAI", "Source");

    @Test
    void shouldStoreTheSameRecordsWhateverTheFileWasSavedAs() {
        List<List<String>> rows = List.of(
                List.of("123456789AB", "Martin", "Hélène", "12/03/2008", "F", "06 12 34 56 78", "Helene.Martin@Example.org",
                        "3 rue de Paris", "93200", "ST DENIS", "93066", "MARTIN", "Paul", "01 48 20 30 40", "93200",
                        "SAINT DENIS", "", "", "", "", "0930123A", "EN"),
                List.of("1234A56789D", "N'Diaye", "Aminata", "05/05/2009", "F", "0612345680", "", "Bât. B, 12 allée des Lilas",
                        "77250", "ECUELLES", "", "", "", "", "", "", "", "", "", "", "", "AGRI"),
                List.of("", "Bernard", "Léa", "31/02/2008", "F", "0612345682", "", "", "93800", "ÉPINAY-SUR-SEINE", "", "",
                        "", "", "", "", "", "", "", "", "", ""),
                List.of("", "Garcia", "Sofía", "15/06/2008", "F", "", "", "", "", "", "", "GARCIA", "", "", "", "", "GARCIA",
                        "01 30 40 50 60", "95000", "CERGY", "", ""));
        Map<String, Path> variants = InboundVariants.write(files, "siei", PRETTY_HEADER, rows);
        Map<String, List<Map<String, Object>>> stored = new java.util.LinkedHashMap<>();
        int wave = 0;
        for (Map.Entry<String, Path> variant : variants.entrySet()) {
            String waveId = "F" + ++wave;
            ImportSummary summary = importFile(waveId, variant.getValue());
            assertThat(List.of(summary.read(), summary.stored(), summary.rejected())).as(variant.getKey())
                    .containsExactly(4, 3, 1);
            List<Map<String, Object>> records = jdbc.queryForList("SELECT * FROM siei_enregistrement WHERE vague_id = ? "
                    + "ORDER BY ligne", waveId);
            records.forEach(r -> r.keySet().removeIf(k -> k.equalsIgnoreCase("fichier_id") || k.equalsIgnoreCase("vague_id")
                    || k.equalsIgnoreCase("cle")));
            records.add(Map.of("rejet", jdbc.queryForObject("SELECT ligne || ' ' || motif FROM " + ReceivedFilesTables.rejects(SIEI)
                    + " WHERE vague_id = ?",
                    String.class, waveId)));
            stored.put(variant.getKey(), records);
        }
        assertThat(stored.get("UTF-8 ;").get(0)).containsValue("Hélène").containsValue("+33612345678");
        assertThat(stored.get("UTF-8 ;").get(3)).containsEntry("rejet", "4 date de naissance impossible : 31/02/2008");
        stored.forEach((variant, records) -> assertThat(records).as(variant).isEqualTo(stored.get("UTF-8 ;")));
    }

    @Test
    void shouldAddNothingWhenTheSameFileIsImportedAgainEvenUnderAnotherName() throws Exception {
        Path file = SieiFiles.sampleWave(files.resolve("liste.csv"));
        importFile("T2", file);
        Path copy = Files.copy(file, files.resolve("copie.csv"));

        ImportSummary again = importFile("T2", copy);

        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.stored()).isEqualTo(6);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "siei_enregistrement")).isEqualTo(6);
        assertThat(ReceivedFilesTables.rejectCount(jdbc, SIEI)).isEqualTo(2);
    }

    @Test
    void shouldImportTheSameFileIntoAnotherWave() {
        Path file = SieiFiles.sampleWave(files.resolve("liste.csv"));
        importFile("T3", file);
        importFile("T4", file);
        assertThat(JdbcTestUtils.countRowsInTableWhere(jdbc, "siei_enregistrement", "vague_id = 'T4'")).isEqualTo(6);
    }

    @Test
    void shouldReadAWindows1252FileWithCommasAndHeaderVariants() {
        Path file = SieiFiles.write(files.resolve("cfa.csv"), SieiFileInspector.WINDOWS_1252, false,
                "Nom,Prénom(s),Date de naissance,Tél. jeune,Code postal,Commune,Observation",
                "Lefèvre,\"Zoé, Maëlys\",03/04/2008,07.61.22.33.44,93800,Épinay-sur-Seine,\"dit \"\"Zozo\"\"\"");
        ImportSummary summary = importFile("T5", file);

        assertThat(summary.stored()).isEqualTo(1);
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT nom, prenom, tel_jeune, code_insee_residence, autres_colonnes FROM siei_enregistrement");
        assertThat(row).containsEntry("NOM", "Lefèvre").containsEntry("PRENOM", "Zoé, Maëlys")
                .containsEntry("TEL_JEUNE", "+33761223344").containsEntry("CODE_INSEE_RESIDENCE", "93031")
                .containsEntry("AUTRES_COLONNES", "Observation=dit \"Zozo\"");
    }

    @Test
    void shouldExtractEveryRecordOfTheWaveInLineOrder() throws Exception {
        importFile("T6", SieiFiles.sampleWave(files.resolve("liste.csv")));
        Path output = files.resolve("sortie/extraction.csv");

        int rows = extract.write("T6", output);

        assertThat(rows).isEqualTo(8);
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(";", WaveExtract.HEADER));
        assertThat(lines.subList(1, 4)).containsExactly(
                "2;liste.csv;ACCEPTE;123456789AB;Martin;Hélène;12/03/2008;F;+33612345678|+33148203040;93066;Saint-Denis;JEUNE;;",
                "3;liste.csv;ACCEPTE;1234567890C;Dupont;Jean-Baptiste;31/01/2007;M;+33761223344|+33612345679;75111;"
                        + "Paris 11e Arrondissement;RESP1;;",
                "4;liste.csv;ACCEPTE;1234A56789D;N'Diaye;Aminata;05/05/2009;F;+33612345680;77316;Moret-Loing-et-Orvanne;JEUNE;;");
        assertThat(lines.get(4)).isEqualTo("6;liste.csv;REJETE;;;;;;;;;;;nom absent");
    }

    @Test
    void shouldRefuseAFileWithoutTheRequiredColumnsBeforeStoringAnything() {
        Path file = SieiFiles.utf8WithBom(files.resolve("incomplet.csv"), "NOM;PRENOM;TEL", "Martin;Léo;0612345678");
        assertThatThrownBy(() -> imports.inspect(file)).isInstanceOf(FileRefusedException.class)
                .hasMessage("Fichier refusé : colonne(s) obligatoire(s) absente(s) de l'en-tête : DATE_NAISSANCE.");
        assertThat(ReceivedFilesTables.fileCount(jdbc, SIEI)).isZero();
    }

    @Test
    void shouldNameTheFirstRefusedFileWhenSeveralAreCheckedSideBySide() throws Exception {
        Path good = SieiFiles.utf8WithBom(files.resolve("bonne.csv"), SieiFiles.HEADER,
                "1234567890A;Martin;Léo;12/03/2008;M;0612345678");
        Path noBirthDate = SieiFiles.utf8WithBom(files.resolve("sans-date.csv"), "NOM;PRENOM;TEL", "Martin;Léo;0612345678");
        Path noName = SieiFiles.utf8WithBom(files.resolve("sans-nom.csv"), "PRENOM;DATE_NAISSANCE", "Léo;12/03/2008");

        assertThat(imports.inspectAll(List.of(good, good), null)).extracting(SieiFileFormat::fileName)
                .containsExactly("bonne.csv", "bonne.csv");
        assertThatThrownBy(() -> imports.inspectAll(List.of(good, noBirthDate, noName), null))
                .isInstanceOf(FileRefusedException.class).hasMessage(noBirthDate
                        + " : Fichier refusé : colonne(s) obligatoire(s) absente(s) de l'en-tête : DATE_NAISSANCE.");
        assertThatThrownBy(() -> imports.inspectAll(List.of(noName, noBirthDate), null))
                .isInstanceOf(FileRefusedException.class).hasMessage(noName
                        + " : Fichier refusé : colonne(s) obligatoire(s) absente(s) de l'en-tête : NOM.");
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "fichier_recu")).isZero();
    }
}
