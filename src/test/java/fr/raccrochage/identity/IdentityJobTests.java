package fr.raccrochage.identity;

import static fr.raccrochage.core.inbound.InboundKind.SIEI;
import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.ReceivedFilesTables;
import fr.raccrochage.TestDatabase;
import fr.raccrochage.identity.IdentityService.IdentitySummary;
import fr.raccrochage.ingestion.SieiFiles;
import fr.raccrochage.ingestion.SieiImportService;
import fr.raccrochage.sample.SampleRequest;
import fr.raccrochage.sample.SieiSampleGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * The real identity job on imported files, in an H2 file database ({@link IdentityJobFunctionalTests})
 * and on a real PostgreSQL server ({@link IdentityJobPostgresTests}).
 */
@SpringBootTest(properties = "raccrochage.cli.actif=false")
abstract class IdentityJobTests {

    static final LocalDate REFERENCE = LocalDate.of(2026, 3, 1);

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestDatabase.registerFolders(registry, home);
    }

    @Autowired
    SieiImportService imports;

    @Autowired
    IdentityService identity;

    @Autowired
    DuplicateExtract extract;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonLinker linker;

    @Autowired
    JdbcIdentityDao identityDao;

    @TempDir
    Path files;

    @BeforeEach
    void emptyTables() {
        JdbcTestUtils.deleteFromTables(jdbc, "doublon_possible", "siei_lien_personne", "personne",
                "siei_enregistrement");
        ReceivedFilesTables.delete(jdbc, SIEI);
    }

    private void importFile(String wave, Path file) {
        imports.importFile(wave, imports.inspect(file), REFERENCE);
    }

    static String row(String ine, String last, String first, String born, String sex, String phone, String guardian,
            String guardianPhone, String postCode, String commune) {
        return "%s;%s;%s;%s;%s;%s;;;%s;%s;;%s;%s;%s;;;;;;;;EN".formatted(ine, last, first, born, sex, phone, postCode,
                commune, guardian.isEmpty() ? "" : guardian.split(" ")[0], guardian.isEmpty() ? "" : guardian.split(" ")[1],
                guardianPhone);
    }

    static Path families(Path path) {
        return SieiFiles.utf8WithBom(path, SieiFiles.HEADER,
                // 2: Lucas
                row("1111111111A", "Durand", "Lucas", "10/04/2008", "M", "0612345601", "DURAND Marc", "0145000001",
                        "93200", "SAINT DENIS"),
                // 3: Léo, Lucas's twin
                row("2222222222B", "Durand", "Léo", "10/04/2008", "M", "0612345602", "DURAND Marc", "0145000001",
                        "93200", "SAINT DENIS"),
                // 4: Emma, their sister, on the home phone
                row("", "Durand", "Emma", "02/09/2010", "F", "0145000001", "DURAND Marc", "0145000001",
                        "93200", "SAINT DENIS"),
                // 5: Léa Martin
                row("3333333333C", "Martin", "Léa", "01/02/2008", "F", "0612345603", "MARTIN Anne", "0146000001",
                        "93200", "SAINT DENIS"),
                // 6: another Léa Martin, born the same day, in another family
                row("", "MARTIN", "Lea", "01/02/2008", "F", "0612345604", "MARTIN Jacques", "0147000001",
                        "95000", "CERGY"),
                // 7: Lucas again: names swapped, a typo, day and month swapped, no INE
                row("", "Lucas", "Durant", "04/10/2008", "M", "0612345601", "DURAND Marc", "0145000001",
                        "93200", "SAINT DENIS"),
                // 8: Léa Martin again, same INE written otherwise, no phone
                row("3333333333c", "MARTIN", "LEA", "01/02/2008", "F", "", "", "", "93200", "SAINT DENIS"));
    }

    private Map<Integer, Long> personsByLine(String wave) {
        return jdbc.queryForList("SELECT ligne, personne_id FROM siei_lien_personne WHERE vague_id = ?", wave)
                .stream().collect(Collectors.toMap(r -> ((Number) r.get("LIGNE")).intValue(),
                        r -> ((Number) r.get("PERSONNE_ID")).longValue()));
    }

    @Test
    void shouldKeepTwinsSiblingsAndHomonymsApartAndMergeNoisyDuplicates() {
        importFile("F1", families(files.resolve("familles.csv")));

        IdentitySummary summary = identity.resolve("F1");

        Map<Integer, Long> person = personsByLine("F1");
        assertThat(person).hasSize(7);
        assertThat(person.get(7)).isEqualTo(person.get(2));
        assertThat(person.get(8)).isEqualTo(person.get(5));
        assertThat(List.of(person.get(2), person.get(3), person.get(4), person.get(5), person.get(6)))
                .doesNotHaveDuplicates();
        assertThat(List.of(summary.records(), summary.linkedNow(), summary.personsCreated(),
                summary.linkedToEarlierPersons())).containsExactly(7, 7, 5, 0);
        assertThat(summary.possibleDuplicates()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT decision FROM siei_lien_personne WHERE ligne = 6", String.class))
                .isEqualTo("DOUBLON_POSSIBLE");
    }

    @Test
    void shouldAddNothingWhenRunAgain() {
        importFile("F2", families(files.resolve("familles.csv")));
        identity.resolve("F2");

        IdentitySummary again = identity.resolve("F2");

        assertThat(again.linkedNow()).isZero();
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "personne")).isEqualTo(5);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "siei_lien_personne")).isEqualTo(7);
    }

    @Test
    void shouldRecogniseAYoungPersonFromAnEarlierWave() {
        importFile("W1", families(files.resolve("familles.csv")));
        identity.resolve("W1");
        importFile("W2", SieiFiles.utf8WithBom(files.resolve("vague2.csv"), SieiFiles.HEADER,
                row("", "DURAND", "Lucas", "10/04/2008", "M", "0612345601", "DURAND Marc", "", "93200", "SAINT DENIS"),
                row("", "Bernard", "Hugo", "03/03/2007", "M", "0612345609", "BERNARD Luc", "", "93200", "SAINT DENIS")));

        IdentitySummary summary = identity.resolve("W2");

        assertThat(List.of(summary.records(), summary.personsCreated(), summary.linkedToEarlierPersons()))
                .containsExactly(2, 1, 1);
        assertThat(personsByLine("W2").get(2)).isEqualTo(personsByLine("W1").get(2));
    }

    @Test
    void shouldResolveAGeneratedSampleWithHighPrecision() throws Exception {
        Path sample = files.resolve("exemple");
        new SieiSampleGenerator().generate(new SampleRequest(2000, 42, sample, REFERENCE));
        importFile("G1", sample.resolve(SieiSampleGenerator.EN_FILE));
        importFile("G1", sample.resolve(SieiSampleGenerator.CFA_FILE));

        identity.resolve("G1");
        Path out = files.resolve("doublons.csv");
        int rows = extract.write("G1", out);
        PairwiseEvaluation evaluation = PairwiseEvaluation.of(sample.resolve(SieiSampleGenerator.TRUTH_FILE), out);

        System.out.printf("precision %.4f recall %.4f f1 %.4f (%d records, %d true pairs, %d predicted)%n",
                evaluation.precision(), evaluation.recall(), evaluation.f1(), evaluation.records(),
                evaluation.truePairs(), evaluation.predictedPairs());
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith(
                "\uFEFFligne;fichier;personne_id;decision;score;motif;points\n");
        assertThat(evaluation.records()).isEqualTo(rows);
        assertThat(evaluation.precision()).isGreaterThanOrEqualTo(0.999);
        assertThat(evaluation.recall()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Chunks of 7 links on a 2,000-person sample: about 300 chunks, most duplicates linked to a person
     * an earlier chunk created; the links, persons and explanations are those of one chunk.
     */
    @Test
    void shouldLinkTheSameWayInSmallChunks() throws Exception {
        Path sample = files.resolve("exemple");
        new SieiSampleGenerator().generate(new SampleRequest(2000, 7, sample, REFERENCE));
        importFile("C1", sample.resolve(SieiSampleGenerator.EN_FILE));
        importFile("C1", sample.resolve(SieiSampleGenerator.CFA_FILE));
        Path whole = files.resolve("un-lot.csv");
        Path small = files.resolve("petits-lots.csv");
        linker.chunkSize(1_000_000);
        try {
            IdentitySummary summary = identity.resolve("C1");
            // a wave's first run reports what its job wrote: the same figures as counted from the tables
            assertThat(List.of(summary.personsCreated(), summary.linkedToEarlierPersons(), summary.flaggedRecords()))
                    .containsExactly(Arrays.stream(identityDao.resolutionCounts("C1")).boxed().toArray(Integer[]::new));
            assertThat(summary.flaggedRecords()).isPositive();
            extract.write("C1", whole);
            JdbcTestUtils.deleteFromTables(jdbc, "doublon_possible", "siei_lien_personne", "personne");
            linker.chunkSize(7);
            linker.link("C1"); // the job's step itself: the job instance of C1 is complete
            extract.write("C1", small);
        } finally {
            linker.chunkSize(PersonLinker.CHUNK);
        }
        assertThat(Files.readAllLines(small)).isEqualTo(Files.readAllLines(whole));
        assertThat(jdbc.queryForObject("SELECT MAX(id) - MIN(id) + 1 - COUNT(*) FROM personne", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM personne p WHERE NOT EXISTS "
                + "(SELECT 1 FROM siei_lien_personne l WHERE l.personne_id = p.id)", Long.class)).isZero();
    }
}
