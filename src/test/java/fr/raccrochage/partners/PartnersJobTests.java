package fr.raccrochage.partners;

import static fr.raccrochage.core.inbound.InboundKind.RESULTATS_APPELS;
import static fr.raccrochage.core.inbound.InboundKind.RETOURS_PARTENAIRES;
import static fr.raccrochage.core.inbound.InboundKind.SIEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import fr.raccrochage.PartnerStagesTests;
import fr.raccrochage.ReceivedFilesTables;
import fr.raccrochage.core.inbound.FileRefusedException;
import fr.raccrochage.core.inbound.InboundVariants;
import fr.raccrochage.partners.FeedbackImportService.FeedbackImport;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;

/**
 * The partners stage on a wave seeded in the contract tables: closing and routing (the real
 * routing job), exports, feedback, figures, on an H2 file database ({@link PartnersJobFunctionalTests})
 * and on a real PostgreSQL server ({@link PartnersJobPostgresTests}).
 */
@SpringBootTest(properties = "raccrochage.cli.actif=false")
abstract class PartnersJobTests extends PartnerStagesTests {

    static final Path SAMPLE_DIRECTORY = Path.of("sample-data", "partenaires-idf-exemple.csv");
    static final LocalDate CLOSING = LocalDate.of(2026, 6, 30);
    static final LocalDateTime EXPORTED = LocalDateTime.of(2026, 7, 1, 10, 0);

    @Autowired
    FeedbackImportService feedback;

    @Autowired
    FeedbackReportService reports;

    @BeforeEach
    void emptyTables() throws Exception {
        reset(jdbc);
        directory.importFile(SAMPLE_DIRECTORY);
        Files.createDirectories(home.resolve("sorties"));
        try (var tree = Files.walk(home.resolve("sorties"))) {
            tree.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(home.resolve("sorties")))
                    .forEach(p -> p.toFile().delete());
        }
    }

    /** Empties the tables the partners stage reads and writes, as a fresh database has them. */
    static void reset(JdbcTemplate jdbc) {
        JdbcTestUtils.deleteFromTables(jdbc, "reorientation", "partenaire_archive", "retour_partenaire", "export_ligne",
                "export_partenaire", "orientation_region", "orientation", "cloture_dossier", "cloture_vague",
                "resultat_appel", "numero_appel", "tentative_prevue", "dossier_appel",
                "siei_lien_personne", "personne", "siei_enregistrement");
        ReceivedFilesTables.delete(jdbc, RETOURS_PARTENAIRES, RESULTATS_APPELS, SIEI);
        JdbcTestUtils.deleteFromTables(jdbc, "vague", "import_annuaire",
                // Each test seeds the same wave again: forget the earlier tests' routing job runs too.
                "batch_step_execution_context", "batch_step_execution", "batch_job_execution_context",
                "batch_job_execution_params", "batch_job_execution", "batch_job_instance");
    }

    /** Ten cases, one per routing rule; the comments say where each must go. */
    void seedWave() {
        WaveFixture w = new WaveFixture(jdbc, "P1", 1);
        LocalDateTime closed = LocalDateTime.of(2026, 6, 20, 11, 0);
        // 1: unreachable in Saint-Denis -> ML-200057867 + PRIJ-93066; name is a formula; a guardian number is wrong
        String c1 = w.callCase(1, w.person("=CMD()", "Léa", "2008-04-10", "93066", "JEUNE", "93066", ""), "INJOIGNABLE",
                closed, null, null, null);
        w.number(c1, "+33612345601", "JEUNE", null);
        w.number(c1, "+33145000001", "RESP1", "FAUX_NUMERO");
        // 2: no number, lives in Lyon, guardian in Argenteuil -> ML-200057990 + PRIJ-95018
        w.callCase(2, w.person("Durand", "Théo", "2007-05-06", "69123", "JEUNE", "95018", "HORS_REGION"), "SANS_NUMERO",
                closed, null, null, null);
        // 3: accepted the mission locale on 10/06 -> ML-200057867, callback by 25/06
        String c3 = w.callCase(3, w.person("Martin", "Hugo", "2007-01-02", "93001", "JEUNE", null, ""), "ORIENTE_ML",
                closed, null, null, null);
        w.result(c3, 1, LocalDateTime.of(2026, 6, 10, 14, 30), "ORIENTE_ML");
        // 4: accepted a CIO (case closed on 12/06) -> CIO-PARIS
        w.callCase(4, w.person("Petit", "Inès", "2008-11-30", "75118", "JEUNE", null, ""), "ORIENTE_CIO",
                LocalDateTime.of(2026, 6, 12, 10, 0), null, null, null);
        // 5: open, callback asked, Paris without arrondissement -> RAPPEL_DEMANDE to ML-PARIS
        w.callCase(5, w.person("Roux", "Noah", "2006-02-14", "75056", "JEUNE", null, ""), "A_APPELER", null,
                LocalDateTime.of(2026, 7, 2, 18, 0), null, null);
        // 6: open, never reached -> closed INJOIGNABLE, ML-200072346 (no PRIJ there)
        w.callCase(6, w.person("Blanc", "Jade", "2008-08-08", "77001", "JEUNE", null, ""), "A_APPELER", null, null, null, null);
        // 7: followed by ML-200057867, lives in its commune -> told (SUIVI)
        w.callCase(7, w.person("Morel", "Adam", "2007-07-07", "93001", "JEUNE", null, ""), "EXCLU", closed, null,
                "SUIVI_PARTENAIRE", "ML-200057867");
        // 8: in a solution -> nothing to send
        w.callCase(8, w.person("Faure", "Lina", "2006-06-06", "93001", "JEUNE", null, ""), "EN_SOLUTION", closed, null, null, null);
        // 9: unreachable, no commune known at all -> the Region's list
        w.callCase(9, w.person("Garnier", "Sacha", "2007-03-03", null, "NONE", null, "COMMUNE_INCONNUE"), "INJOIGNABLE",
                closed, null, null, null);
        // 10: unreachable in Pierrefitte-sur-Seine (now part of Saint-Denis) -> ML-200057867 + PRIJ-93066
        w.callCase(10, w.person("Lambert", "Zoé", "2008-01-01", "93059", "JEUNE", null, ""), "INJOIGNABLE", closed, null,
                null, null);
    }

    private List<Map<String, Object>> orientations() {
        return jdbc.queryForList("SELECT id_appel, partenaire_id, motif, date_limite_rappel FROM orientation ORDER BY id_appel, partenaire_id");
    }

    @Test
    void shouldCloseTheWaveRouteEveryCaseAndAccountForAll() {
        seedWave();

        ClosingSummary summary = closing.close("P1", CLOSING);

        assertThat(summary.cases()).isEqualTo(10);
        assertThat(summary.decidedNow()).isEqualTo(10);
        assertThat(summary.decisions()).containsExactlyInAnyOrderEntriesOf(Map.of("ORIENTE", 8, "REGION", 1, "SANS_SUITE", 1));
        assertThat(summary.allAccounted()).isTrue();
        assertThat(List.of(summary.closedOpen(), summary.closedCallbacks(), summary.partners())).containsExactly(2, 1, 7);
        assertThat(summary.referralsByMotif()).containsExactlyInAnyOrderEntriesOf(
                Map.of("INJOIGNABLE", 7, "ORIENTE_ML", 1, "ORIENTE_CIO", 1, "RAPPEL_DEMANDE", 1, "SUIVI", 1));
        assertThat(summary.regionByMotif()).containsExactly(Map.entry("COMMUNE_INCONNUE", 1));
        assertThat(summary.withoutFollowUp()).containsExactly(Map.entry("EN_SOLUTION", 1));
        assertThat(orientations()).extracting(r -> r.get("id_appel"), r -> r.get("partenaire_id"), r -> r.get("motif"))
                .containsExactly(
                        tuple("VP1-000001", "ML-200057867", "INJOIGNABLE"), tuple("VP1-000001", "PRIJ-93066", "INJOIGNABLE"),
                        tuple("VP1-000002", "ML-200057990", "INJOIGNABLE"), tuple("VP1-000002", "PRIJ-95018", "INJOIGNABLE"),
                        tuple("VP1-000003", "ML-200057867", "ORIENTE_ML"), tuple("VP1-000004", "CIO-PARIS", "ORIENTE_CIO"),
                        tuple("VP1-000005", "ML-PARIS", "RAPPEL_DEMANDE"), tuple("VP1-000006", "ML-200072346", "INJOIGNABLE"),
                        tuple("VP1-000007", "ML-200057867", "SUIVI"), tuple("VP1-000010", "ML-200057867", "INJOIGNABLE"),
                        tuple("VP1-000010", "PRIJ-93066", "INJOIGNABLE"));
        assertThat(jdbc.queryForObject("SELECT date_limite_rappel FROM orientation WHERE id_appel = 'VP1-000003'",
                java.sql.Date.class).toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 25));
        assertThat(jdbc.queryForList("SELECT statut FROM dossier_appel WHERE id_appel IN ('VP1-000005', 'VP1-000006')",
                String.class)).containsOnly("INJOIGNABLE");
        assertThat(jdbc.queryForObject("SELECT source FROM cloture_dossier WHERE id_appel = 'VP1-000002'", String.class))
                .isEqualTo("RESP1");
    }

    @Test
    void shouldAddNothingWhenClosedAgain() throws Exception {
        seedWave();
        closing.close("P1", CLOSING);
        String regionList = Files.readString(home.resolve("sorties/vague-P1/orientation-region.csv"), StandardCharsets.UTF_8);

        ClosingSummary again = closing.close("P1", CLOSING.plusDays(3));

        assertThat(again.decidedNow()).isZero();
        assertThat(again.allAccounted()).isTrue();
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "orientation")).isEqualTo(11);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "orientation_region")).isEqualTo(1);
        assertThat(regionList).isEqualTo("\uFEFFid_appel;motif;details;statut;nom;prenom;date_naissance;telephones;"
                + "code_insee_residence;commune_residence\n"
                + "VP1-000009;COMMUNE_INCONNUE;commune de résidence inconnue (jeune et responsables);INJOIGNABLE;Garnier;Sacha;"
                + "03/03/2007;06 12 34 56 00 | 01 45 00 00 01;;\n");
    }

    @Test
    void shouldExportOneFilePerPartnerWithOnlyWhatItsTaskNeeds() throws Exception {
        seedWave();
        closing.close("P1", CLOSING);

        ExportRun run = exports.export("P1", List.of(), EXPORTED);

        assertThat(run.files()).extracting(ExportedFile::partnerId, ExportedFile::rows).containsExactly(
                tuple("CIO-PARIS", 1), tuple("ML-200057867", 4), tuple("ML-200057990", 1), tuple("ML-200072346", 1),
                tuple("ML-PARIS", 1), tuple("PRIJ-93066", 2), tuple("PRIJ-95018", 1));
        Path ml = run.directory().resolve("ML-200057867_vague-P1_2026-07-01.csv");
        assertThat(Files.readString(ml, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "id_appel;motif;date_limite_rappel;nom;prenom;date_naissance;telephones;code_insee_residence;"
                + "commune_residence;date_orientation;adresse;code_postal;responsables_legaux;reorientation\n"
                + "VP1-000001;INJOIGNABLE;;'=CMD();Léa;10/04/2008;06 12 34 56 01;93066;Saint-Denis;30/06/2026;"
                + "12 rue de la Paix;93200;PARENT Anne;\n"
                + "VP1-000003;ORIENTE_ML;25/06/2026;Martin;Hugo;02/01/2007;06 12 34 56 04 | 01 45 00 00 01;93001;"
                + "Aubervilliers;10/06/2026;12 rue de la Paix;93200;PARENT Anne;\n"
                + "VP1-000007;SUIVI;;Morel;Adam;07/07/2007;06 12 34 56 08 | 01 45 00 00 01;93001;Aubervilliers;30/06/2026;"
                + "12 rue de la Paix;93200;PARENT Anne;\n"
                + "VP1-000010;INJOIGNABLE;;Lambert;Zoé;01/01/2008;06 12 34 56 01 | 01 45 00 00 01;93059;"
                + "Pierrefitte-sur-Seine;30/06/2026;12 rue de la Paix;93200;PARENT Anne;\n");
        // The guardian's commune routed this one: the young person's own address is not sent.
        assertThat(Files.readAllLines(run.directory().resolve("ML-200057990_vague-P1_2026-07-01.csv")).get(1))
                .isEqualTo("VP1-000002;INJOIGNABLE;;Durand;Théo;06/05/2007;06 12 34 56 03 | 01 45 00 00 01;95018;"
                        + "Argenteuil;30/06/2026;;;PARENT Anne;");
        assertThat(Files.readAllLines(run.directory().resolve("CIO-PARIS_vague-P1_2026-07-01.csv"))).containsExactly(
                "\uFEFFid_appel;motif;date_limite_rappel;nom;prenom;date_naissance;telephones;code_insee_residence;"
                        + "commune_residence;date_orientation;etablissement;formation;reorientation",
                "VP1-000004;ORIENTE_CIO;27/06/2026;Petit;Inès;30/11/2008;06 12 34 56 05 | 01 45 00 00 01;75118;"
                        + "Paris 18e Arrondissement;12/06/2026;Lycée Paul Éluard;CAP Cuisine;");
        for (ExportedFile file : run.files()) {
            String content = Files.readString(file.file(), StandardCharsets.UTF_8);
            assertThat(content).doesNotContain("1234567890A", "jeune@example.org", "HORS_REGION");
            assertThat(ExportFiles.sha256(file.file())).isEqualTo(file.sha256());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file()))).isEqualTo("rw-------");
            }
        }
        try (var listing = Files.list(run.directory())) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp")).hasSize(15);
        }
        assertThat(Files.readAllLines(run.manifest())).hasSize(8)
                .contains("ML-200057867_vague-P1_2026-07-01.csv;ML-200057867;MISSION_LOCALE;P1;ORIENTATIONS;4;0;"
                        + run.files().get(1).sha256() + ";ML-200057867_vague-P1_2026-07-01.csv.zip;"
                        + run.files().get(1).archive().sha256());
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "export_partenaire")).isEqualTo(7);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "export_ligne")).isEqualTo(11);
    }

    @Test
    void shouldSendEachYoungPersonOnceUnlessAskedToResend() {
        seedWave();
        closing.close("P1", CLOSING);
        exports.export("P1", List.of(), EXPORTED);

        ExportRun nothingNew = exports.export("P1", List.of(), EXPORTED.plusHours(1));
        ExportRun onePartner = exports.export("P1", List.of("ML-PARIS"), EXPORTED.plusHours(2));
        ExportRun oneCase = exports.export(null, List.of("VP1-000001"), EXPORTED.plusHours(3));

        assertThat(nothingNew.files()).isEmpty();
        assertThat(onePartner.files()).extracting(ExportedFile::partnerId, ExportedFile::rows, ExportedFile::resent)
                .containsExactly(tuple("ML-PARIS", 1, 1));
        assertThat(oneCase.files()).extracting(ExportedFile::partnerId, ExportedFile::waveLabel)
                .containsExactly(tuple("ML-200057867", "P1"), tuple("PRIJ-93066", "P1"));
        assertThat(jdbc.queryForList("SELECT renvoi FROM export_partenaire ORDER BY id", Boolean.class))
                .containsExactly(false, false, false, false, false, false, false, true, true, true);
        assertThatThrownBy(() -> exports.export("P1", List.of("ML-INCONNUE"), EXPORTED))
                .hasMessage("« ML-INCONNUE » n'est ni un partenaire de l'annuaire ni un ID_APPEL orienté.");
    }

    @Test
    void shouldWithholdAReferralTheDirectoryNoLongerGivesToThatPartner() throws Exception {
        seedWave();
        closing.close("P1", CLOSING);
        Path smaller = files.resolve("annuaire.csv");
        Files.writeString(smaller, Directories.HEADER + "ML-200057867;MISSION_LOCALE;Mission locale Plaine Commune;93;93066\n"
                + "ML-200057867;MISSION_LOCALE;Mission locale Plaine Commune;93;93001\n", StandardCharsets.UTF_8);
        directory.importFile(smaller);

        ExportRun run = exports.export("P1", List.of(), EXPORTED);

        assertThat(run.files()).extracting(ExportedFile::partnerId, ExportedFile::rows)
                .containsExactly(tuple("ML-200057867", 4));
        assertThat(run.withheld()).isEqualTo(7);
    }

    @Test
    void shouldRefuseToCloseAWaveWhoseRecordsAreNotAllLinkedToAYoungPerson() {
        seedWave();
        jdbc.update("DELETE FROM siei_lien_personne WHERE vague_id = 'P1' AND ligne = 2");

        assertThatThrownBy(() -> closing.close("P1", CLOSING))
                .isInstanceOf(fr.raccrochage.calls.RecordsNotLinkedException.class)
                .hasMessage("Vague P1 : 1 enregistrement pas encore rattaché(s) à un jeune : lancez d'abord "
                        + "« raccrochage doublons resoudre --vague P1 ».");
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "cloture_dossier")).isZero();
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "cloture_vague")).isZero();
    }

    @Test
    void shouldRefuseToRouteAWaveWhileNoDirectoryHasBeenImported() {
        seedWave();
        JdbcTestUtils.deleteFromTables(jdbc, "partenaire_commune", "import_annuaire");

        assertThatThrownBy(() -> closing.close("P1", CLOSING)).isInstanceOf(FileRefusedException.class)
                .hasMessageStartingWith("Aucun annuaire des partenaires n'a encore été importé : la vague P1 n'est pas "
                        + "clôturée");
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "cloture_dossier")).isZero();
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "cloture_vague")).isZero();
    }

    @Test
    void shouldStoreTheSameFeedbackWhateverTheFileWasSavedAs() throws Exception {
        seedWave();
        closing.close("P1", CLOSING);
        exports.export("P1", List.of(), EXPORTED);
        List<List<String>> rows = List.of(
                List.of("VP1-000001", "ML-200057867", "Contacté", "15/07/2026"),
                List.of("VP1-000003", "ML-200057867", "SORTIE_POSITIVE", "01/07/2026"),
                List.of("VP1-999999", "ML-200057867", "CONTACTE", "15/07/2026"),
                List.of("VP1-000010", "ML-200057867", "INJOIGNABLE", "31/02/2026"));
        Map<String, Path> variants = InboundVariants.write(files, "retours", List.of("N° d'appel", "Partenaire", "Statut",
                "Date du statut"), rows);
        Map<String, List<String>> stored = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Path> variant : variants.entrySet()) {
            ReceivedFilesTables.deleteRejects(jdbc, RETOURS_PARTENAIRES);
            JdbcTestUtils.deleteFromTables(jdbc, "retour_partenaire");
            FeedbackImport result = feedback.importFile(variant.getValue(), LocalDate.of(2026, 8, 1));
            assertThat(List.of(result.read(), result.stored(), result.rejected())).as(variant.getKey())
                    .containsExactly(4, 2, 2);
            List<String> lines = new java.util.ArrayList<>(jdbc.queryForList("""
                    SELECT ligne || ' ' || id_appel || ' ' || partenaire_id || ' ' || statut || ' ' || date_statut
                    FROM retour_partenaire ORDER BY ligne""", String.class));
            lines.addAll(jdbc.queryForList("SELECT ligne || ' ' || motif FROM "
                    + ReceivedFilesTables.rejects(RETOURS_PARTENAIRES) + " ORDER BY ligne", String.class));
            stored.put(variant.getKey(), lines);
        }
        assertThat(stored.get("UTF-8 ;")).containsExactly("2 VP1-000001 ML-200057867 CONTACTE 2026-07-15",
                "3 VP1-000003 ML-200057867 SORTIE_POSITIVE 2026-07-01", "4 ID_APPEL « VP1-999999 » inconnu",
                "5 DATE « 31/02/2026 » invalide (JJ/MM/AAAA ou AAAA-MM-JJ attendu)");
        stored.forEach((variant, lines) -> assertThat(lines).as(variant).isEqualTo(stored.get("UTF-8 ;")));
    }

    @Test
    void shouldLoadTheSameDirectoryWhateverTheFileWasSavedAs() {
        List<List<String>> rows = List.of(
                List.of("ML-200057867", "MISSION_LOCALE", "Mission locale Plaine Commune, Saint-Denis", "93", "93066"),
                List.of("CIO-93-1", "CIO", "CIO de Saint-Denis — Épinay", "93", "93066"),
                List.of("PRIJ-93", "PRIJ", "Groupe PRIJ Seine-Saint-Denis", "93", "93001"));
        Map<String, Path> variants = InboundVariants.write(files, "annuaire", List.of("Identifiant partenaire", "Type",
                "Nom", "Département", "Code INSEE"), rows);
        Map<String, List<String>> stored = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Path> variant : variants.entrySet()) {
            PartnerDirectoryService.DirectoryImport imported = directory.importFile(variant.getValue());
            assertThat(imported.lines()).as(variant.getKey()).isEqualTo(3);
            stored.put(variant.getKey(), jdbc.queryForList("""
                    SELECT partenaire_id || ' ' || type || ' ' || nom || ' ' || departement || ' ' || code_insee
                    FROM partenaire_commune ORDER BY partenaire_id, code_insee""", String.class));
        }
        assertThat(stored.get("UTF-8 ;")).containsExactly("CIO-93-1 CIO CIO de Saint-Denis — Épinay 93 93066",
                "ML-200057867 MISSION_LOCALE Mission locale Plaine Commune, Saint-Denis 93 93066",
                "PRIJ-93 PRIJ Groupe PRIJ Seine-Saint-Denis 93 93001");
        stored.forEach((variant, lines) -> assertThat(lines).as(variant).isEqualTo(stored.get("UTF-8 ;")));
    }

    @Test
    void shouldImportFeedbackRejectBadLinesAndComputeTheFigures() throws Exception {
        seedWave();
        closing.close("P1", CLOSING);
        exports.export("P1", List.of(), EXPORTED);
        Path file = files.resolve("retours-ml.csv");
        Files.writeString(file, "\uFEFFID_APPEL;PARTENAIRE_ID;STATUT;DATE\n"
                + "VP1-000001;ML-200057867;CONTACTE;15/07/2026\n"          // 2
                + "VP1-000001;ML-200057867;ACCOMPAGNE;20/07/2026\n"        // 3
                + "VP1-000003;ML-200057867;SORTIE_POSITIVE;2026-07-01\n"   // 4
                + "VP1-000001;PRIJ-95018;CONTACTE;15/07/2026\n"            // 5 never sent to that partner
                + "VP1-999999;ML-200057867;CONTACTE;15/07/2026\n"          // 6 unknown case
                + "VP1-000007;ML-200057867;PERDU;15/07/2026\n"             // 7 bad status
                + "VP1-000010;ML-200057867;INJOIGNABLE;31/02/2026\n"       // 8 impossible date
                + "VP1-000010;ML-200057867;INJOIGNABLE;16/07/2026\n"       // 9
                + "VP1-000002;ML-200057990;REFUS;16/07/2026\n"             // 10
                + "VP1-000001;ML-200057867;CONTACTE;15/07/2026\n",         // 11 repeated
                StandardCharsets.UTF_8);

        FeedbackImport result = feedback.importFile(file, LocalDate.of(2026, 8, 1));
        FeedbackImport again = feedback.importFile(file, LocalDate.of(2026, 8, 1));

        assertThat(List.of(result.read(), result.stored(), result.known(), result.rejected())).containsExactly(10, 5, 1, 4);
        assertThat(jdbc.queryForList("SELECT ligne, motif FROM " + ReceivedFilesTables.rejects(RETOURS_PARTENAIRES)
                + " ORDER BY ligne"))
                .extracting(r -> ((Number) r.get("ligne")).intValue(), r -> r.get("motif")).containsExactly(
                        tuple(5, "le dossier VP1-000001 n'a jamais été envoyé au partenaire « PRIJ-95018 »"),
                        tuple(6, "ID_APPEL « VP1-999999 » inconnu"),
                        tuple(7, "STATUT « PERDU » inconnu (CONTACTE, ACCOMPAGNE, SORTIE_POSITIVE, INJOIGNABLE ou REFUS attendu)"),
                        tuple(8, "DATE « 31/02/2026 » invalide (JJ/MM/AAAA ou AAAA-MM-JJ attendu)"));
        assertThat(Files.readAllLines(result.rejectFile())).hasSize(5);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "retour_partenaire")).isEqualTo(5);

        List<PartnerFigures> figures = reports.figures("P1");

        // Hand-computed: ML-200057867 received 1, 3, 7, 10; contacted 1 and 3; 1 supported, 3 out to a positive exit.
        PartnerFigures ml = figures.stream().filter(f -> "ML-200057867".equals(f.partnerId())).findFirst().orElseThrow();
        assertThat(List.of(ml.sent(), ml.withFeedback(), ml.contacted(), ml.supported(), ml.positiveExits(), ml.unreachable(),
                ml.refused())).containsExactly(4, 3, 2, 2, 1, 1, 0);
        assertThat(List.of(ml.contactedShare(), ml.supportedShare(), ml.positiveExitShare())).containsExactly(0.5, 1.0, 0.5);
        // The total counts each young person once (11 sends to 8 young people); a REFUS was said to someone reached.
        PartnerFigures total = figures.get(figures.size() - 1);
        assertThat(total.partnerId()).isNull();
        assertThat(List.of(total.sent(), total.withFeedback(), total.contacted(), total.supported(), total.positiveExits(),
                total.unreachable(), total.refused())).containsExactly(8, 4, 3, 2, 1, 1, 1);
        assertThat(figures).hasSize(8);
        Path csv = reports.writeFigures("P1", figures);
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).contains(
                "P1;ML-200057867;MISSION_LOCALE;Mission locale Plaine Commune;4;3;2;50,0;2;100,0;1;50,0;1;0",
                "P1;TOTAL;;;8;4;3;37,5;2;66,7;1;33,3;1;1");
    }

    @Test
    void shouldListReferralsPastTheirDeadlineWithoutContact() throws Exception {
        seedWave();
        closing.close("P1", CLOSING);
        exports.export("P1", List.of(), EXPORTED);
        Path file = files.resolve("retours.csv");
        Files.writeString(file, "ID_APPEL;PARTENAIRE_ID;STATUT;DATE\nVP1-000003;ML-200057867;CONTACTE;20/06/2026\n"
                + "VP1-000005;ML-PARIS;INJOIGNABLE;10/07/2026\n", StandardCharsets.UTF_8);
        feedback.importFile(file, LocalDate.of(2026, 8, 1));

        List<OverdueReferral> overdue = reports.overdue("P1", LocalDate.of(2026, 8, 1));

        assertThat(overdue).extracting(OverdueReferral::idAppel, OverdueReferral::partnerId, OverdueReferral::daysLate,
                OverdueReferral::lastFeedback).containsExactly(
                        tuple("VP1-000004", "CIO-PARIS", 35L, null),
                        tuple("VP1-000005", "ML-PARIS", 17L, "INJOIGNABLE"));
        assertThat(Files.readAllLines(reports.writeOverdue("P1", overdue), StandardCharsets.UTF_8)).containsExactly(
                "\uFEFFvague;id_appel;partenaire_id;motif;date_orientation;date_limite_rappel;jours_de_retard;premier_envoi;dernier_retour",
                "P1;VP1-000004;CIO-PARIS;ORIENTE_CIO;12/06/2026;27/06/2026;35;01/07/2026;",
                "P1;VP1-000005;ML-PARIS;RAPPEL_DEMANDE;30/06/2026;15/07/2026;17;01/07/2026;INJOIGNABLE");
    }

    @Test
    void shouldRefuseADirectoryWithErrorsAndKeepTheCurrentOne() throws Exception {
        Path bad = files.resolve("annuaire-faux.csv");
        Files.writeString(bad, Directories.HEADER + "ML-A;MISSION_LOCALE;A;93;93066\nML-B;MISSION_LOCALE;B;93;93066\n"
                + "ML-B;MISSION_LOCALE;B;93;9306\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> directory.importFile(bad)).isInstanceOf(FileRefusedException.class).hasMessage(
                "L'annuaire annuaire-faux.csv est refusé (2 erreurs) :\n"
                        + "  ligne 3 : commune 93066 (Saint-Denis) déjà couverte par la mission locale ML-A à la ligne 2 ; "
                        + "une commune n'a qu'une mission locale\n"
                        + "  ligne 4 : code commune « 9306 » inconnu du code officiel géographique\n"
                        + "L'annuaire en place est conservé.");
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "partenaire_commune")).isEqualTo(2656);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "import_annuaire")).isEqualTo(1);

        Path good = files.resolve("annuaire.csv");
        Files.writeString(good, Directories.HEADER + "ML-A;MISSION_LOCALE;A;93;93066\nCIO-A;CIO;CIO A;93;93066\n",
                StandardCharsets.UTF_8);
        PartnerDirectoryService.DirectoryImport imported = directory.importFile(good);

        assertThat(imported).isEqualTo(new PartnerDirectoryService.DirectoryImport("annuaire.csv", 2, 2, 2656, Rerouting.NONE));
        assertThat(directory.current().partners()).extracting(Partner::id).containsExactlyInAnyOrder("ML-A", "CIO-A");
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "import_annuaire")).isEqualTo(2);
    }
}
