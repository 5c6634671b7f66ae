package fr.raccrochage.rights;

import static fr.raccrochage.core.inbound.InboundKind.CAS_CONNUS;
import static fr.raccrochage.core.inbound.InboundKind.RESULTATS_APPELS;
import static fr.raccrochage.core.inbound.InboundKind.SIEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.raccrochage.CallStagesTests;
import fr.raccrochage.ReceivedFilesTables;
import fr.raccrochage.calls.CallNumber;
import fr.raccrochage.calls.CallPlanningService;
import fr.raccrochage.calls.CallingPeriod;
import fr.raccrochage.core.privacy.OperatorJournal;
import fr.raccrochage.core.privacy.OppositionSource;
import fr.raccrochage.core.privacy.Oppositions;
import fr.raccrochage.core.privacy.OutputGate;
import fr.raccrochage.ingestion.SieiFiles;
import fr.raccrochage.ingestion.WaveExtract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.jdbc.JdbcTestUtils;

/**
 * The young person's rights on a real database, from SIEI files imported, resolved and planned by
 * the real stages: H2 ({@link YoungPersonRightsFunctionalTests}) and PostgreSQL
 * ({@link YoungPersonRightsPostgresTests}). The daily capacity is small so that the ledger counts.
 */
@SpringBootTest(properties = {"raccrochage.cli.actif=false", "raccrochage.appels.capacite-journaliere=40"})
abstract class YoungPersonRightsTests extends CallStagesTests {

    static final LocalDate REFERENCE = LocalDate.of(2026, 9, 1);
    static final CallingPeriod PERIOD = new CallingPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 27));
    static final Actor AGENT = Actor.cli("agent.test");

    @Autowired
    YoungPersonRights rights;

    @Autowired
    Oppositions oppositions;

    @Autowired
    OutputGate gate;

    @Autowired
    OperatorJournal journal;

    @BeforeEach
    void emptyTables() {
        JdbcTestUtils.deleteFromTables(jdbc, "journal_operateur", "suppression", "effacement", "telephone_retire",
                "telephone_ajoute", "reorientation", "export_ligne", "export_partenaire", "orientation_region", "orientation",
                "cloture_dossier", "cloture_vague", "resultat_appel", "tentative_prevue", "numero_appel", "dossier_appel",
                "capacite_appels", "opposition", "cas_connu_a_verifier", "cas_connu", "doublon_possible",
                "siei_lien_personne", "personne", "siei_enregistrement");
        ReceivedFilesTables.delete(jdbc, RESULTATS_APPELS, CAS_CONNUS, SIEI);
        JdbcTestUtils.deleteFromTables(jdbc, "vague");
    }

    static String row(String ine, String last, String first, String born, String phone, String resp1) {
        return "%s;%s;%s;%s;F;%s;;3 rue de Paris;93200;SAINT DENIS;93066;%s;Paul;%s;;;;;;;;EN".formatted(ine, last, first,
                born, phone, last.toUpperCase(), resp1);
    }

    /** Four young people; line 6 is a rejected line of Alice's (no first name), found by her INE. */
    Path list(String name) {
        return SieiFiles.utf8WithBom(files.resolve(name + ".csv"), SieiFiles.HEADER,
                row("1111111111A", "Alix", "Alice", "10/04/2008", "0612000001", "0145000001"),
                row("2222222222B", "Bost", "Bruno", "11/04/2008", "0612000002", ""),
                row("3333333333C", "Cadet", "Chloé", "12/04/2008", "0612000003", ""),
                row("4444444444D", "N'Diaye", "Jean-Marc", "13/04/2008", "0612000004", ""),
                row("1111111111A", "Alix", "", "10/04/2008", "0612000001", ""));
    }

    void wave(String waveId) {
        imports.importFile(waveId, imports.inspect(list(waveId)), REFERENCE);
        identity.resolve(waveId);
        planning.plan(waveId, PERIOD);
    }

    long person(String waveId, String ine) {
        return jdbc.queryForObject("""
                SELECT l.personne_id FROM siei_lien_personne l JOIN siei_enregistrement e
                ON e.fichier_id = l.fichier_id AND e.ligne = l.ligne WHERE l.vague_id = ? AND e.ine = ?""",
                Long.class, waveId, ine);
    }

    String caseOf(String waveId, long person) {
        return jdbc.queryForObject("SELECT id_appel FROM dossier_appel WHERE vague_id = ? AND personne_id = ?",
                String.class, waveId, person);
    }

    String status(String idAppel) {
        return jdbc.queryForObject("SELECT statut || '/' || COALESCE(exclusion, '') FROM dossier_appel WHERE id_appel = ?",
                String.class, idAppel);
    }

    int planned(String idAppel) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM tentative_prevue WHERE id_appel = ?", Integer.class, idAppel);
    }

    int capacityUsed() {
        Integer n = jdbc.queryForObject("SELECT COALESCE(SUM(prevues), 0) FROM capacite_appels", Integer.class);
        return n == null ? 0 : n;
    }

    String sheet(String waveId) throws Exception {
        return Files.readString(home.resolve("sorties").resolve("vague-" + waveId).resolve("feuille-appels.csv"),
                StandardCharsets.UTF_8);
    }

    List<String> journalActions() {
        return jdbc.queryForList("SELECT action || ' ' || operateur FROM journal_operateur ORDER BY id", String.class);
    }

    // --- chercher

    @Test
    void shouldFindAYoungPersonByNameWithTyposAccentsAndInversionAndByIneCasePhone() {
        wave("R1");
        long alice = person("R1", "1111111111A");
        long jeanMarc = person("R1", "4444444444D");

        assertThat(rights.search("alcie ALIX", null, AGENT)).extracting(YoungPersonLine::personId).containsExactly(alice);
        assertThat(rights.search("ndiaye jean marc", null, AGENT)).extracting(YoungPersonLine::personId)
                .containsExactly(jeanMarc);
        assertThat(rights.search("Chloe", LocalDate.of(2008, 4, 12), AGENT)).hasSize(1);
        assertThat(rights.search("Chloe", LocalDate.of(2009, 4, 12), AGENT)).isEmpty();
        assertThat(rights.search("1111111111A", null, AGENT)).extracting(YoungPersonLine::personId).containsExactly(alice);
        assertThat(rights.search("06 12 00 00 02", null, AGENT)).extracting(l -> l.identity().lastName())
                .containsExactly("Bost");
        YoungPersonLine line = rights.search(caseOf("R1", alice), null, AGENT).get(0);
        assertThat(YoungPersonRights.describe(line)).isEqualTo("n° " + alice + " · Alix Alice, né(e) le 10/04/2008 · "
                + "vague R1 · " + caseOf("R1", alice) + " A_APPELER");
        assertThat(journalActions()).hasSize(7).allMatch(a -> a.equals("JEUNE_CHERCHER agent.test"));
        assertThatThrownBy(() -> rights.resolve("Zorro")).isInstanceOf(RightsException.class)
                .hasMessageContaining("Aucun jeune ne correspond à « Zorro »");
    }

    // --- fiche

    @Test
    void shouldShowEverythingHeldIncludingTheRejectedLineAndWriteItAsHtmlAndCsv() throws Exception {
        wave("R2");
        long alice = person("R2", "1111111111A");
        rights.oppose(alice, OppositionSource.JEUNE, "par courrier", AGENT);
        List<Path> written = new ArrayList<>();

        YoungPersonFile file = rights.file(alice, files.resolve("acces.html"), AGENT, written);

        assertThat(file.sections()).extracting(Section::title).contains("Enregistrements SIEI (toutes vagues, tous les champs)",
                "Lignes rejetées à l'import qui le ou la concernent", "Dossiers d'appel", "Envois aux partenaires",
                "Opposition", "Actions des opérateurs (journal)");
        Section records = file.sections().get(1);
        assertThat(records.columns()).contains("fichier", "ine", "nom", "prenom", "tel_jeune", "resp1_nom", "adresse",
                "drapeaux");
        assertThat(records.rows()).hasSize(1);
        assertThat(records.rows().get(0)).contains("1111111111A", "Alix", "Alice", "+33612000001", "3 rue de Paris");
        Section rejects = file.sections().get(2);
        assertThat(rejects.rows()).hasSize(1);
        assertThat(rejects.rows().get(0).get(0)).isEqualTo("SIEI");
        assertThat(rejects.rows().get(0).get(6)).startsWith("1111111111A;Alix;;10/04/2008");
        assertThat(Files.readString(written.get(0))).contains("<h2>Opposition</h2>", "par courrier", "Alix");
        assertThat(Files.readString(written.get(1))).contains("Opposition;1;source;JEUNE");
        assertThat(journalActions()).containsExactly("JEUNE_OPPOSER agent.test", "JEUNE_FICHE agent.test");
    }

    // --- opposer: one path, every effect

    @Test
    void shouldCloseEveryOpenCaseGiveTheCapacityBackAndHoldTheExports() throws Exception {
        wave("R3");
        long bruno = person("R3", "2222222222B");
        String c = caseOf("R3", bruno);
        int attempts = planned(c);
        int used = capacityUsed();
        assertThat(attempts).isEqualTo(10);
        assertThat(sheet("R3")).contains(c);

        Oppositions.Outcome outcome = rights.oppose(bruno, OppositionSource.RESPONSABLE, "appel de la mère", AGENT);

        assertThat(outcome.recorded()).isTrue();
        assertThat(outcome.closedCases()).containsExactly(c);
        assertThat(outcome.attemptsRemoved()).isEqualTo(attempts);
        assertThat(status(c)).isEqualTo("EXCLU/OPPOSITION");
        assertThat(planned(c)).isZero();
        assertThat(capacityUsed()).isEqualTo(used - attempts);
        assertThat(sheet("R3")).doesNotContain(c, "Bost");
        assertThat(gate.isBarred(bruno)).isTrue();
        Oppositions.Outcome again = oppositions.oppose(bruno, OppositionSource.JEUNE, "liste connus x.csv ligne 2");
        assertThat(again.recorded()).isFalse();
        assertThat(jdbc.queryForObject("SELECT source FROM opposition WHERE personne_id = ?", String.class, bruno))
                .isEqualTo("RESPONSABLE");
    }

    @Test
    void shouldApplyAnOppositionGivenOnThePhoneToTheOtherWavesToo() throws Exception {
        wave("R4");
        wave("R5");
        long alice = person("R4", "1111111111A");
        assertThat(person("R5", "1111111111A")).isEqualTo(alice);
        String first = caseOf("R4", alice);
        String second = caseOf("R5", alice);
        Path result = Files.writeString(files.resolve("resultats.csv"), "ID_APPEL;TENTATIVE;DATE_APPEL;NUMERO;RESULTAT\n"
                + first + ";1;2026-11-02T10:00;06 12 00 00 01;OPPOSITION\n", StandardCharsets.UTF_8);

        results.importFile("R4", results.inspect(result));

        assertThat(status(first)).isEqualTo("OPPOSITION/");
        assertThat(status(second)).isEqualTo("EXCLU/OPPOSITION");
        assertThat(planned(second)).isZero();
        assertThat(jdbc.queryForObject("SELECT source || ' ' || origine FROM opposition WHERE personne_id = ?",
                String.class, alice)).isEqualTo("JEUNE appel " + first + " tentative 1");
        assertThat(sheet("R5")).doesNotContain(second);
    }

    @Autowired
    fr.raccrochage.scheduling.NightlyService nightly;

    @Test
    void shouldApplyAnOppositionDroppedInTheNightlyInboxBeforeTheNextDaysList() throws Exception {
        wave("N1");
        long chloe = person("N1", "3333333333C");
        String c = caseOf("N1", chloe);
        Path inbox = Files.createDirectories(home.resolve("donnees/arrivee/cas-connus"));
        Files.writeString(inbox.resolve("oppositions.csv"), "INE;NOM;PRENOM;DATE_NAISSANCE;PARTENAIRE_ID;STATUT;DATE\n"
                + "3333333333C;CADET;Chloé;12/04/2008;;OPPOSITION;2026-11-02\n", StandardCharsets.UTF_8);

        nightly.run(LocalDate.of(2026, 11, 3));

        assertThat(status(c)).isEqualTo("EXCLU/OPPOSITION");
        assertThat(planned(c)).isZero();
        assertThat(Files.readString(home.resolve("sorties/vague-N1/appels-du-jour-2026-11-03.csv")))
                .doesNotContain(c, "Cadet").contains("Alix");
        assertThat(sheet("N1")).doesNotContain(c);
    }

    @Test
    void shouldJournalEveryExportAndResendAndHoldWhatIsLeftForAnOpposedYoungPerson() throws Exception {
        directory.importFile(Path.of("sample-data", "partenaires-idf-exemple.csv"));
        deleteOutputs();
        wave("J1");
        long bruno = person("J1", "2222222222B");
        String c = caseOf("J1", bruno);
        closing.close("J1", PERIOD.fin().plusDays(1));
        LocalDateTime now = LocalDateTime.of(2026, 11, 28, 9, 0);
        fr.raccrochage.partners.ExportRun first = exports.export("J1", List.of(), now, "agent.export",
                OperatorJournal.Channel.CLI);
        String partner = first.files().stream().map(fr.raccrochage.partners.ExportedFile::partnerId)
                .filter(p -> p.startsWith("ML-")).findFirst().orElseThrow();
        exports.export("J1", List.of(c), now.plusMinutes(1), "agent.export", OperatorJournal.Channel.CLI);
        assertThat(jdbc.queryForList("SELECT action || ' ' || COALESCE(CAST(personne_id AS VARCHAR(20)), '-') || ' ' "
                + "|| operateur FROM journal_operateur ORDER BY id", String.class))
                .contains("EXPORT_PARTENAIRE - agent.export", "RENVOI_PARTENAIRE " + bruno + " agent.export");

        Oppositions.Outcome outcome = rights.oppose(bruno, OppositionSource.JEUNE, null, AGENT);

        assertThat(outcome.closedCases()).isEmpty();
        assertThat(outcome.partnersAlreadySent()).contains(partner);
        fr.raccrochage.partners.ExportRun again = exports.export("J1", List.of(partner), now.plusMinutes(2),
                "agent.export", OperatorJournal.Channel.CLI);
        assertThat(again.files()).isNotEmpty();
        for (fr.raccrochage.partners.ExportedFile f : again.files()) {
            assertThat(Files.readString(f.file())).doesNotContain(c, "Bost").contains("Alix");
        }
    }

    // --- corriger

    @Test
    void shouldReplaceAWrongNumberOnTheOpenCaseAndKeepItOutOfEveryLaterList() throws Exception {
        wave("R6");
        long chloe = person("R6", "3333333333C");
        String c = caseOf("R6", chloe);

        YoungPersonRights.Corrected done = rights.correct(chloe, new YoungPersonRights.Correction(List.of("07 61 00 00 33"),
                CallNumber.Owner.JEUNE, List.of("06 12 00 00 03"), null, null, null), AGENT);

        assertThat(done.wavesReplanned()).containsExactly("R6");
        assertThat(jdbc.queryForList("SELECT numero FROM numero_appel WHERE id_appel = ?", String.class, c))
                .containsExactly("+33761000033");
        assertThat(jdbc.queryForList("SELECT DISTINCT numero FROM tentative_prevue WHERE id_appel = ?", String.class, c))
                .containsExactly("+33761000033");
        assertThat(planned(c)).isEqualTo(10);
        assertThat(sheet("R6")).contains("07 61 00 00 33").doesNotContain("06 12 00 00 03");
        assertThat(gate.withdrawnNumbers(List.of(chloe)).contains(chloe, "+33612000003")).isTrue();
        assertThat(jdbc.queryForList("SELECT empreinte FROM telephone_retire", String.class))
                .allMatch(p -> p.matches("[0-9a-f]{64}"));

        // A later list of the same wave brings the withdrawn number again, and a new one: only the new one is taken.
        imports.importFile("R6", imports.inspect(SieiFiles.utf8WithBom(files.resolve("maj.csv"), SieiFiles.HEADER,
                row("3333333333C", "Cadet", "Chloé", "12/04/2008", "0612000003", "0145000033"))), REFERENCE);
        identity.resolve("R6");
        CallPlanningService.PlanningSummary again = planning.plan("R6", PERIOD);
        assertThat(again.numbersAdded()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT numero FROM numero_appel WHERE id_appel = ? ORDER BY numero", String.class, c))
                .containsExactly("+33145000033", "+33761000033");
        assertThat(sheet("R6")).contains("01 45 00 00 33").doesNotContain("06 12 00 00 03");
    }

    @Test
    void shouldCorrectTheAddressAndRefuseBadInputWithoutChangingAnything() {
        wave("R7");
        long jeanMarc = person("R7", "4444444444D");

        rights.correct(jeanMarc, new YoungPersonRights.Correction(List.of(), CallNumber.Owner.JEUNE, List.of(),
                "5 avenue Foch", "77300", "Fontainebleau"), AGENT);
        assertThat(jdbc.queryForObject("""
                SELECT adresse || ' ' || code_postal || ' ' || code_insee_residence FROM siei_enregistrement WHERE ine = ?""",
                String.class, "4444444444D")).isEqualTo("5 avenue Foch 77300 77186");

        assertThatThrownBy(() -> rights.correct(jeanMarc, new YoungPersonRights.Correction(List.of("07 61 00 00 44"),
                CallNumber.Owner.JEUNE, List.of("06 99 99 99 99"), null, null, null), AGENT))
                .isInstanceOf(RightsException.class).hasMessageContaining("n'est pas enregistré pour le jeune");
        assertThatThrownBy(() -> rights.correct(jeanMarc, new YoungPersonRights.Correction(List.of("12"),
                CallNumber.Owner.JEUNE, List.of(), null, null, null), AGENT))
                .isInstanceOf(RightsException.class).hasMessageContaining("« 12 » n'est pas un numéro de téléphone valide");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM telephone_ajoute", Integer.class)).isZero();
        assertThat(journalActions()).containsExactly("JEUNE_CORRIGER agent.test");
    }

    @Autowired
    WaveExtract waveExtract;

    @Test
    void shouldKeepTheWaveExtractTrueToOppositionsErasuresAndWithdrawnNumbers() throws Exception {
        wave("R30");
        long bruno = person("R30", "2222222222B");
        long chloe = person("R30", "3333333333C");
        long alice = person("R30", "1111111111A");
        rights.oppose(bruno, OppositionSource.JEUNE, "par courrier", AGENT);
        rights.correct(chloe, new YoungPersonRights.Correction(List.of("07 61 00 00 33"), CallNumber.Owner.JEUNE,
                List.of("06 12 00 00 03"), null, null, null), AGENT);
        rights.oppose(alice, OppositionSource.JEUNE, "demande d'effacement", AGENT);
        rights.erase(alice, "demande du jeune", AGENT);

        List<String> extract = extractLines("R30");
        assertThat(extract.get(0)).startsWith("ligne;fichier;statut;");
        assertThat(extract).filteredOn(l -> l.startsWith("3;")).singleElement().asString()
                .isEqualTo("3;R30.csv;ECARTE;;;;;;;;;;;opposition ou effacement enregistré : données non reproduites");
        assertThat(extract).filteredOn(l -> l.startsWith("2;")).singleElement().asString().startsWith("2;R30.csv;ECARTE;");
        assertThat(extract).filteredOn(l -> l.startsWith("4;")).singleElement().asString()
                .contains("3333333333C;Cadet;Chloé").doesNotContain("+33612000003");
        assertThat(extract).filteredOn(l -> l.startsWith("5;")).singleElement().asString()
                .contains("N'Diaye;Jean-Marc;13/04/2008;F;+33612000004");
        assertThat(String.join("\n", extract)).doesNotContain("Bost", "2222222222B", "+33612000002");

        // A later list brings Alice again: set aside before deduplication has tied her line to anyone.
        imports.importFile("R31", imports.inspect(SieiFiles.utf8WithBom(files.resolve("R31.csv"), SieiFiles.HEADER,
                row("", "ALIX", "Alice", "10/04/2008", "0612000099", ""),
                row("4444444444D", "N'Diaye", "Jean-Marc", "13/04/2008", "0612000004", ""))), REFERENCE);
        assertThat(extractLines("R31")).filteredOn(l -> l.startsWith("2;")).singleElement().asString()
                .startsWith("2;R31.csv;ECARTE;");
        assertThat(extractLines("R31")).filteredOn(l -> l.startsWith("3;")).singleElement().asString()
                .contains("N'Diaye");
    }

    private List<String> extractLines(String waveId) throws Exception {
        Path target = files.resolve("extrait-" + waveId + ".csv");
        waveExtract.write(waveId, target);
        return Files.readAllLines(target, StandardCharsets.UTF_8).stream().map(l -> l.replace("\uFEFF", "")).toList();
    }

    // --- effacer

    @Test
    void shouldEraseFromTablesAndFilesKeepTheFiguresAndRecogniseTheYoungPersonInALaterList() throws Exception {
        wave("R8");
        long alice = person("R8", "1111111111A");
        String c = caseOf("R8", alice);
        sheets.writeDue(LocalDate.of(2026, 11, 2), "R8");
        assertThatThrownBy(() -> rights.erase(alice, "demande du jeune", AGENT)).isInstanceOf(RightsException.class)
                .hasMessageContaining("a un dossier d'appel ouvert (" + c + ")");
        rights.oppose(alice, OppositionSource.JEUNE, "demande d'effacement", AGENT);
        Path archived = Files.createDirectories(home.resolve("donnees/archives/siei/2026-11-01")).resolve("liste.csv");
        Files.copy(list("archive"), archived);

        YoungPersonRights.Erased erased = rights.erase(alice, "demande du jeune reçue le 30/11/2026", AGENT);

        assertThat(erased.fingerprints()).isEqualTo(2);
        assertThat(erased.rejectsErased()).isEqualTo(1);
        assertThat(erased.filesRewritten()).contains(archived);
        assertThat(Files.readString(archived)).doesNotContain("Alix", "1111111111A").contains("Bost", "Cadet");
        assertThat(jdbc.queryForList("SELECT nom || prenom || COALESCE(ine, '') || COALESCE(tel_jeune, '') "
                + "FROM siei_enregistrement WHERE nom = '' OR ine = '1111111111A'", String.class)).containsExactly("");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + ReceivedFilesTables.rejects(SIEI)
                + " WHERE contenu LIKE '%1111111111A%'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT statut FROM dossier_appel WHERE id_appel = ?", String.class, c))
                .isEqualTo("EXCLU");
        assertThat(jdbc.queryForList("SELECT type FROM suppression ORDER BY type", String.class))
                .containsExactly("IDENTITE", "INE");
        assertThatThrownBy(() -> rights.oppose(alice, OppositionSource.JEUNE, null, AGENT))
                .isInstanceOf(RightsException.class).hasMessageContaining("ont été effacées");
        assertThatThrownBy(() -> rights.erase(alice, "encore", AGENT)).isInstanceOf(RightsException.class)
                .hasMessageContaining("ont déjà été effacées");

        // A later wave brings her again (other spelling, no INE): recognised, never called.
        imports.importFile("R9", imports.inspect(SieiFiles.utf8WithBom(files.resolve("R9.csv"), SieiFiles.HEADER,
                row("", "ALIX", "Alice", "10/04/2008", "0612000099", ""),
                row("2222222222B", "Bost", "Bruno", "11/04/2008", "0612000002", ""))), REFERENCE);
        identity.resolve("R9");
        planning.plan("R9", PERIOD);
        long back = jdbc.queryForObject("""
                SELECT l.personne_id FROM siei_lien_personne l WHERE l.vague_id = 'R9' AND l.ligne = 2""", Long.class);
        assertThat(back).isNotEqualTo(alice);
        assertThat(gate.isBarred(back)).isTrue();
        assertThat(status(caseOf("R9", back))).isEqualTo("EXCLU/OPPOSITION");
        assertThat(sheet("R9")).doesNotContain("ALIX").contains("Bost");
        assertThat(journalActions()).containsExactly("JEUNE_OPPOSER agent.test", "JEUNE_EFFACER agent.test");
    }

    @Test
    void shouldShowAndEraseTheSmsReturnLinesThatQuoteTheYoungPersonsNumber(
            @Autowired fr.raccrochage.sms.SmsReturnImportService smsReturns) throws Exception {
        wave("R10");
        long alice = person("R10", "1111111111A");
        rights.oppose(alice, OppositionSource.JEUNE, "demande d'effacement", AGENT);
        // A provider's lines name nobody: Alice's own number and her guardian's, written its way, and Bruno's.
        Path returns = Files.writeString(files.resolve("retours.csv"), String.join("\n",
                "REFERENCE;NUMERO;TYPE;STATUT;DATE;TEXTE",
                "R-1;33612000001;INCONNU;;2026-11-03 10:00;",
                "R-2;+33 1 45 00 00 01;INCONNU;;2026-11-03 10:01;",
                "R-3;33612000002;INCONNU;;2026-11-03 10:02;") + "\n", StandardCharsets.UTF_8);
        smsReturns.importFile(smsReturns.inspect(returns), LocalDateTime.of(2026, 11, 3, 12, 0));
        Path rejectFile = home.resolve("sorties/sms-retours/rejets/retours.rejets.csv");
        assertThat(Files.readString(rejectFile)).contains("33612000001", "+33 1 45 00 00 01", "33612000002");

        Section rejects = rights.file(alice, files.resolve("acces.html"), AGENT, new ArrayList<>()).sections().get(2);

        assertThat(rejects.rows()).filteredOn(r -> r.get(0).equals("SMS_RETOURS")).extracting(r -> r.get(6))
                .containsExactly("R-1;33612000001;INCONNU;;2026-11-03 10:00;", "R-2;+33 1 45 00 00 01;INCONNU;;2026-11-03 10:01;");

        rights.erase(alice, "demande du jeune", AGENT);

        assertThat(jdbc.queryForList("SELECT r.contenu FROM ligne_rejetee r JOIN fichier_recu f ON f.id = r.fichier_id "
                + "WHERE f.type = 'SMS_RETOURS' ORDER BY r.ligne", String.class))
                .containsExactly("", "", "R-3;33612000002;INCONNU;;2026-11-03 10:02;");
        assertThat(Files.readString(rejectFile)).doesNotContain("33612000001", "+33 1 45 00 00 01").contains("33612000002");
    }

    // --- the invariant, as a property

    @Autowired
    fr.raccrochage.partners.PartnerDirectoryService directory;

    @Autowired
    fr.raccrochage.partners.WaveClosingService closing;

    @Autowired
    fr.raccrochage.partners.PartnerExportService exports;

    @Test
    void shouldKeepEveryOutputTrueToTheFactsWhateverTheirOrder() throws Exception {
        directory.importFile(Path.of("sample-data", "partenaires-idf-exemple.csv"));
        for (long seed = 1; seed <= 3; seed++) {
            emptyTables();
            deleteOutputs();
            new OutputInvariantProperty(seed, Files.createDirectories(files.resolve("graine-" + seed)),
                    home.resolve("sorties"), jdbc, imports, identity, planning, results, sheets, closing, exports,
                    oppositions, rights, directory, waveExtract).run(24);
        }
    }

    private static void deleteOutputs() throws Exception {
        Path outputs = home.resolve("sorties");
        if (Files.exists(outputs)) {
            try (var tree = Files.walk(outputs)) {
                tree.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(outputs))
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    // --- journal

    @Test
    void shouldPurgeJournalEntriesOlderThanTwelveMonths() {
        journal.record(new OperatorJournal.Entry("a", OperatorJournal.Channel.CLI, "JEUNE_FICHE", 1L, "écran", null));
        jdbc.update("UPDATE journal_operateur SET horodatage = ?", Timestamp.valueOf(LocalDateTime.of(2025, 10, 1, 9, 0)));
        journal.record(new OperatorJournal.Entry("b", OperatorJournal.Channel.NUIT, "EXPORT_PARTENAIRE", null, "ML-X", null));

        assertThat(journal.purgeBefore(LocalDate.of(2026, 11, 30).minusMonths(12).atStartOfDay())).isEqualTo(1);
        assertThat(journalActions()).containsExactly("EXPORT_PARTENAIRE b");
    }
}
