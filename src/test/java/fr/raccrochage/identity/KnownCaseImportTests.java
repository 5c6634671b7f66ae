package fr.raccrochage.identity;

import static fr.raccrochage.core.inbound.InboundKind.CAS_CONNUS;
import static fr.raccrochage.core.inbound.InboundKind.SIEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.raccrochage.ReceivedFilesTables;
import fr.raccrochage.TestDatabase;
import fr.raccrochage.core.inbound.InboundVariants;
import fr.raccrochage.identity.IdentityService.IdentitySummary;
import fr.raccrochage.identity.KnownCaseImportService.KnownCaseSummary;
import fr.raccrochage.ingestion.SieiFiles;
import fr.raccrochage.ingestion.SieiImportService;
import fr.raccrochage.sample.SampleRequest;
import fr.raccrochage.sample.SieiSampleGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * {@code connus importer} on a real database, H2 ({@link KnownCaseImportFunctionalTests}) and
 * PostgreSQL ({@link KnownCaseImportPostgresTests}): real SIEI imports, the real identity job, real
 * known-cases files.
 */
@SpringBootTest(properties = "raccrochage.cli.actif=false")
abstract class KnownCaseImportTests {

    static final LocalDate REFERENCE = LocalDate.of(2026, 3, 1);
    static final String HEADER = "INE;NOM;PRENOM;DATE_NAISSANCE;PARTENAIRE_ID;STATUT;DATE";

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
    KnownCaseImportService knownCases;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcIdentityDao identityDao;

    @TempDir
    Path files;

    @BeforeEach
    void emptyTables() {
        JdbcTestUtils.deleteFromTables(jdbc, "opposition", "cas_connu_a_verifier", "cas_connu", "doublon_possible",
                "siei_lien_personne", "personne", "siei_enregistrement");
        ReceivedFilesTables.delete(jdbc, CAS_CONNUS, SIEI);
    }

    private IdentitySummary importWave(String wave, Path file) {
        imports.importFile(wave, imports.inspect(file), REFERENCE);
        return identity.resolve(wave);
    }

    private long personOfRecord(String wave, int line) {
        return jdbc.queryForObject("SELECT personne_id FROM siei_lien_personne WHERE vague_id = ? AND ligne = ?",
                Long.class, wave, line);
    }

    private Map<Integer, String> decisions() {
        return jdbc.queryForList("SELECT ligne, decision FROM cas_connu").stream().collect(Collectors.toMap(
                r -> ((Number) r.get("LIGNE")).intValue(), r -> (String) r.get("DECISION")));
    }

    private long personOfCase(int line) {
        return jdbc.queryForObject("SELECT personne_id FROM cas_connu WHERE ligne = ?", Long.class, line);
    }

    static Path knownList(Path path) {
        return SieiFiles.utf8WithBom(path, HEADER,
                // 2: Lucas Durand, same INE as his record: linked
                "1111111111A;DURAND;LUCAS;10/04/2008;ML-93;SUIVI;02/02/2026",
                // 3: Léa Martin without INE: two Léa Martin born that day in the registry, to review
                ";MARTIN;LEA;01/02/2008;CIO-93;OPPOSITION;15/01/2026",
                // 4: somebody not in the lists: a new person
                "4444444444D;Bernard;Hugo;03/03/2007;;EN_SOLUTION;10/01/2026",
                // 5: the first Léa Martin by her INE: linked, opposition on her
                "3333333333C;Martin;Léa;01/02/2008;ML-93;opposition;2026-01-20",
                // 6-8: rejected
                ";Petit;Noé;31/02/2008;ML-93;SUIVI;01/02/2026",
                ";Petit;Noé;01/01/2008;ML-93;RAPPELE;01/02/2026",
                ";Petit;Noé;01/01/2008;;SUIVI;01/02/2026");
    }

    @Test
    void shouldStoreTheSameCasesWhateverTheFileWasSavedAs() {
        List<List<String>> rows = List.of(
                List.of("1111111111A", "DURAND", "LUCAS", "10/04/2008", "ML-93", "SUIVI", "02/02/2026"),
                List.of("", "MARTIN", "LÉA", "01/02/2008", "CIO-93", "OPPOSITION", "15/01/2026"),
                List.of("4444444444D", "Bernard", "Hugo", "03/03/2007", "", "EN_SOLUTION", "10/01/2026"),
                List.of("", "Petit", "Noé", "31/02/2008", "ML-93", "SUIVI", "01/02/2026"));
        Map<String, Path> variants = InboundVariants.write(files, "connus", List.of("N° INE", "Nom de famille", "Prénom",
                "Date de naissance", "Partenaire", "Statut", "Date du statut"), rows);
        Map<String, List<String>> stored = new java.util.LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, Path> variant : variants.entrySet()) {
            emptyTables();
            String wave = "K" + ++n;
            importWave(wave, IdentityJobTests.families(files.resolve("familles-" + n + ".csv")));
            KnownCaseSummary summary = knownCases.importFile(variant.getValue());
            assertThat(List.of(summary.read(), summary.stored(), summary.rejected())).as(variant.getKey())
                    .containsExactly(4, 3, 1);
            List<String> lines = new java.util.ArrayList<>(jdbc.queryForList("""
                    SELECT ligne || ' ' || COALESCE(ine, '-') || ' ' || nom || ' ' || prenom || ' ' || date_naissance || ' '
                        || COALESCE(partenaire_id, '-') || ' ' || statut || ' ' || date_statut || ' ' || decision
                    FROM cas_connu ORDER BY ligne""", String.class));
            lines.addAll(jdbc.queryForList("SELECT ligne || ' ' || motif FROM " + ReceivedFilesTables.rejects(CAS_CONNUS)
                    + " ORDER BY ligne", String.class));
            lines.add(jdbc.queryForObject("SELECT COUNT(*) FROM opposition", Integer.class) + " oppositions");
            // The motive names registry candidates, whose order between homonyms is not the file's concern.
            stored.put(variant.getKey(), lines);
        }
        assertThat(stored.get("UTF-8 ;")).anyMatch(l -> l.startsWith("3 - MARTIN LÉA 2008-02-01 CIO-93 OPPOSITION"))
                .contains("5 date de naissance impossible : 31/02/2008", "3 oppositions");
        stored.forEach((variant, lines) -> assertThat(lines).as(variant).isEqualTo(stored.get("UTF-8 ;")));
    }

    @Test
    void shouldLinkCreateReviewRejectAndRecordOppositions() throws Exception {
        importWave("W1", IdentityJobTests.families(files.resolve("familles.csv")));

        KnownCaseSummary summary = knownCases.importFile(knownList(files.resolve("connus.csv")));

        assertThat(List.of(summary.read(), summary.stored(), summary.linked(), summary.newPersons(),
                summary.toReview(), summary.rejected(), summary.oppositions())).containsExactly(7, 4, 2, 2, 1, 3, 4);
        assertThat(summary.byStatus()).containsExactly(entry(KnownCaseStatus.SUIVI, 1),
                entry(KnownCaseStatus.EN_SOLUTION, 1), entry(KnownCaseStatus.OPPOSITION, 2));
        assertThat(decisions()).containsExactly(entry(2, "MEME_PERSONNE"), entry(3, "DOUBLON_POSSIBLE"),
                entry(4, "NOUVELLE_PERSONNE"), entry(5, "MEME_PERSONNE"));
        long lucas = personOfRecord("W1", 2);
        long lea = personOfRecord("W1", 5);
        long otherLea = personOfRecord("W1", 6);
        assertThat(personOfCase(2)).isEqualTo(lucas);
        assertThat(personOfCase(5)).isEqualTo(lea);
        assertThat(personOfCase(3)).isNotIn(lea, otherLea);
        assertThat(jdbc.queryForObject("SELECT vague_creation FROM personne WHERE id = ?", String.class,
                personOfCase(4))).isEqualTo(KnownCaseImportService.REGISTRY_ORIGIN);
        assertThat(jdbc.queryForList("SELECT personne_id FROM cas_connu_a_verifier WHERE ligne = 3", Long.class))
                .containsExactlyInAnyOrder(lea, otherLea);
        assertThat(jdbc.queryForMap("SELECT score, motif FROM cas_connu WHERE ligne = 2"))
                .satisfies(row -> assertThat((String) row.get("MOTIF")).startsWith("INE identique")
                        .contains("avec familles.csv ligne 2 (vague W1)"));
        assertThat(jdbc.queryForList("SELECT personne_id, depuis, origine FROM opposition ORDER BY origine")
                .stream().map(r -> r.get("PERSONNE_ID") + " " + r.get("DEPUIS") + " " + r.get("ORIGINE")).toList())
                .containsExactlyInAnyOrder(
                        personOfCase(3) + " 2026-01-15 liste connus connus.csv ligne 3",
                        // line 5 is Léa's own objection: it replaces the precaution line 3 put on her
                        lea + " 2026-01-20 liste connus connus.csv ligne 5",
                        otherLea + " 2026-01-15 liste connus connus.csv ligne 3 (rapprochement à vérifier)");
        assertThat(jdbc.queryForList("SELECT nature FROM opposition WHERE personne_id = ?", String.class, lea))
                .containsExactly("REELLE");
        assertThat(jdbc.queryForList("SELECT ligne || ' ' || motif FROM " + ReceivedFilesTables.rejects(CAS_CONNUS)
                + " ORDER BY ligne", String.class))
                .containsExactly("6 date de naissance impossible : 31/02/2008",
                        "7 statut inconnu : RAPPELE (attendu SUIVI, EN_SOLUTION ou OPPOSITION)",
                        "8 statut SUIVI sans partenaire (PARTENAIRE_ID absent)");
        assertThat(Files.readAllLines(summary.rejectFile(), StandardCharsets.UTF_8)).containsExactly(
                "\uFEFFligne;motif;contenu",
                "6;date de naissance impossible : 31/02/2008;\";Petit;Noé;31/02/2008;ML-93;SUIVI;01/02/2026\"",
                "7;statut inconnu : RAPPELE (attendu SUIVI, EN_SOLUTION ou OPPOSITION);"
                        + "\";Petit;Noé;01/01/2008;ML-93;RAPPELE;01/02/2026\"",
                "8;statut SUIVI sans partenaire (PARTENAIRE_ID absent);\";Petit;Noé;01/01/2008;;SUIVI;01/02/2026\"");
    }

    @Test
    void shouldKeepEachListsRejectsWhenTwoPartnersSendAListOfTheSameName() throws Exception {
        Path first = SieiFiles.utf8WithBom(files.resolve("ml/connus.csv"), HEADER,
                ";Petit;Noé;31/02/2008;ML-93;SUIVI;01/02/2026");
        Path second = SieiFiles.utf8WithBom(files.resolve("cio/connus.csv"), HEADER,
                ";Petit;Noé;01/01/2008;CIO-93;RAPPELE;01/02/2026");

        KnownCaseSummary fromMissionLocale = knownCases.importFile(first);
        KnownCaseSummary fromCio = knownCases.importFile(second);

        assertThat(fromCio.rejectFile()).isNotEqualTo(fromMissionLocale.rejectFile());
        assertThat(fromCio.rejectFile().getFileName()).hasToString("connus.fichier-2.rejets.csv");
        assertThat(Files.readAllLines(fromMissionLocale.rejectFile(), StandardCharsets.UTF_8))
                .anyMatch(line -> line.startsWith("2;date de naissance impossible : 31/02/2008"));
        assertThat(Files.readAllLines(fromCio.rejectFile(), StandardCharsets.UTF_8))
                .anyMatch(line -> line.startsWith("2;statut inconnu : RAPPELE"));
    }

    @Test
    void shouldAddNothingWhenTheSameFileIsImportedAgain() {
        importWave("R1", IdentityJobTests.families(files.resolve("familles.csv")));
        Path list = knownList(files.resolve("connus.csv"));
        knownCases.importFile(list);

        KnownCaseSummary again = knownCases.importFile(list);

        assertThat(again.alreadyImported()).isTrue();
        assertThat(List.of(again.read(), again.stored(), again.rejected())).containsExactly(7, 4, 3);
        assertThat(ReceivedFilesTables.fileCount(jdbc, CAS_CONNUS)).isEqualTo(1);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "cas_connu")).isEqualTo(4);
        assertThat(ReceivedFilesTables.rejectCount(jdbc, CAS_CONNUS)).isEqualTo(3);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "opposition")).isEqualTo(3);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "personne")).isEqualTo(7);
    }

    @Test
    void shouldLinkALaterWaveToAPersonFirstSeenInAKnownCasesList() {
        knownCases.importFile(SieiFiles.utf8WithBom(files.resolve("suivis.csv"), HEADER,
                "5555555555E;BERNARD;HUGO;03/03/2007;ML-93;SUIVI;02/02/2026"));
        long hugo = personOfCase(2);

        IdentitySummary summary = importWave("W2", SieiFiles.utf8WithBom(files.resolve("vague2.csv"), SieiFiles.HEADER,
                IdentityJobTests.row("5555555555E", "Bernard", "Hugo", "03/03/2007", "M", "0612345609", "BERNARD Luc",
                        "", "93200", "SAINT DENIS"),
                IdentityJobTests.row("", "Roux", "Inès", "15/06/2008", "F", "0612345610", "ROUX Anne", "", "93200",
                        "SAINT DENIS")));
        // A second resolution has nothing left to do, and says so.
        assertThat(identity.resolve("W2").linkedToEarlierPersons()).isZero();

        assertThat(personOfRecord("W2", 2)).isEqualTo(hugo);
        assertThat(personOfRecord("W2", 3)).isNotEqualTo(hugo);
        assertThat(summary.linkedToEarlierPersons()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT motif FROM siei_lien_personne WHERE vague_id = 'W2' AND ligne = 2",
                String.class)).startsWith("INE identique").endsWith("; avec liste connus suivis.csv ligne 2");
    }

    @Test
    void shouldCarryAnOppositionOverToARecordThatMayBeThatYoungPerson() {
        knownCases.importFile(SieiFiles.utf8WithBom(files.resolve("oppositions.csv"), HEADER,
                ";ROUX;INES;15/06/2008;;OPPOSITION;02/02/2026"));
        long objected = personOfCase(2);

        importWave("W3", SieiFiles.utf8WithBom(files.resolve("vague3.csv"), SieiFiles.HEADER,
                IdentityJobTests.row("", "Roux", "Inès", "15/06/2008", "F", "0612345610", "ROUX Anne", "", "93200",
                        "SAINT DENIS")));

        long record = personOfRecord("W3", 2);
        assertThat(record).isNotEqualTo(objected);
        assertThat(jdbc.queryForObject("SELECT decision FROM siei_lien_personne WHERE vague_id = 'W3'", String.class))
                .isEqualTo("DOUBLON_POSSIBLE");
        assertThat(jdbc.queryForList("SELECT personne_id || ' ' || depuis || ' ' || origine FROM opposition",
                String.class)).containsExactlyInAnyOrder(
                        objected + " 2026-02-02 liste connus oppositions.csv ligne 2",
                        record + " 2026-02-02 opposition de liste connus oppositions.csv ligne 2 "
                                + "(rapprochement à vérifier)");
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "doublon_possible")).isZero();
    }

    @Test
    void shouldMatchTheGeneratedKnownCasesWithoutAWrongLink() throws Exception {
        Path sample = files.resolve("exemple");
        new SieiSampleGenerator().generate(new SampleRequest(2000, 42, sample, REFERENCE));
        imports.importFile("G1", imports.inspect(sample.resolve(SieiSampleGenerator.EN_FILE)), REFERENCE);
        imports.importFile("G1", imports.inspect(sample.resolve(SieiSampleGenerator.CFA_FILE)), REFERENCE);
        identity.resolve("G1");

        knownCases.importFile(sample.resolve(SieiSampleGenerator.KNOWN_FILE));
        KnownCaseEvaluation accuracy = KnownCaseEvaluation.of(identityDao, sample.resolve(SieiSampleGenerator.TRUTH_FILE),
                sample.resolve(SieiSampleGenerator.KNOWN_TRUTH_FILE));

        System.out.println(accuracy);
        assertThat(accuracy.lines()).isGreaterThan(50);
        assertThat(accuracy.precision()).isEqualTo(1.0);
        assertThat(accuracy.recall()).isGreaterThanOrEqualTo(0.5);
        assertThat(accuracy.reviewRecall()).isGreaterThanOrEqualTo(0.95);
        assertThat(accuracy.oppositionCoverage()).isGreaterThanOrEqualTo(0.95);
    }
}
