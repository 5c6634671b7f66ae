package fr.raccrochage.calls;

import static fr.raccrochage.core.inbound.InboundKind.CAS_CONNUS;
import static fr.raccrochage.core.inbound.InboundKind.RESULTATS_APPELS;
import static fr.raccrochage.core.inbound.InboundKind.SIEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.raccrochage.CallStagesTests;
import fr.raccrochage.ReceivedFilesTables;
import fr.raccrochage.calls.CallPlanningService.PlanningSummary;
import fr.raccrochage.calls.CallResultImportService.Intake;
import fr.raccrochage.calls.CallResultImportService.ResultsSummary;
import fr.raccrochage.core.inbound.InboundVariants;
import fr.raccrochage.ingestion.SieiFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.jdbc.JdbcTestUtils;

/**
 * Planning a wave and importing call results on a real database, from SIEI files imported and
 * resolved by the real earlier stages: H2 ({@link CallsJobFunctionalTests}) and PostgreSQL
 * ({@link CallsJobPostgresTests}). Known cases and oppositions are inserted with SQL (the tables
 * are the contract with {@code connus importer}). The daily capacity is set to 6 so that the
 * ledger is exercised.
 */
@SpringBootTest(properties = {"raccrochage.cli.actif=false", "raccrochage.appels.capacite-journaliere=6"})
abstract class CallsJobTests extends CallStagesTests {

    static final LocalDate REFERENCE = LocalDate.of(2026, 9, 1);
    static final CallingPeriod PERIOD = new CallingPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 27));

    @BeforeEach
    void emptyTables() {
        JdbcTestUtils.deleteFromTables(jdbc, "resultat_appel", "tentative_prevue", "numero_appel", "dossier_appel",
                "capacite_appels", "opposition", "cas_connu", "doublon_possible", "siei_lien_personne", "personne",
                "siei_enregistrement");
        ReceivedFilesTables.delete(jdbc, RESULTATS_APPELS, CAS_CONNUS, SIEI);
    }

    static String row(String ine, String last, String first, String born, String phone, String resp1, String resp2) {
        return "%s;%s;%s;%s;M;%s;;;93200;SAINT DENIS;;%s;Paul;%s;;;%s;%s;;;;EN".formatted(ine, last, first, born, phone,
                last.toUpperCase(), resp1, resp2.isEmpty() ? "" : last.toUpperCase(), resp2);
    }

    /** One young person per rule; line numbers are the file's (header = 1). */
    Path wave(String name) {
        return SieiFiles.utf8WithBom(files.resolve(name + ".csv"), SieiFiles.HEADER,
                row("1111111111A", "Alix", "Alice", "10/04/2008", "0612000001", "0145000001", ""),      // 2 called
                row("2222222222B", "Bost", "Bruno", "11/04/2008", "0612000002", "", ""),                // 3 opposition
                row("3333333333C", "Cadet", "Chloé", "12/04/2008", "0612000003", "", ""),               // 4 followed
                row("4444444444D", "Dubois", "David", "13/04/2008", "0612000004", "", ""),              // 5 in solution
                row("5555555555E", "Eymard", "Emma", "14/04/2008", "0612000005", "0145000005", ""),     // 6 solution long ago
                row("6666666666F", "Ferrand", "Farid", "15/04/2008", "0612000006", "", ""),             // 7 refused lately
                row("7777777777G", "Giraud", "Gina", "16/04/2008", "0612000007", "", ""),               // 8 unreachable before
                row("8888888888H", "Hamon", "Hugo", "17/04/2008", "", "", ""),                          // 9 no number
                row("9999999999J", "Izard", "Inès", "18/04/1990", "0612000009", "", ""),                // 10 too old
                row("1111111111A", "ALIX", "Alice", "10/04/2008", "0761000011", "0145000001", "0146000002")); // 11 = line 2
    }

    long person(String waveId, int line) {
        return jdbc.queryForObject("SELECT personne_id FROM siei_lien_personne WHERE vague_id = ? AND ligne = ?",
                Long.class, waveId, line);
    }

    String caseOf(String waveId, int line) {
        return jdbc.queryForObject("SELECT id_appel FROM dossier_appel WHERE vague_id = ? AND personne_id = ?",
                String.class, waveId, person(waveId, line));
    }

    /** Imports and resolves the wave, then writes the history the policy reads. */
    void prepare(String waveId) {
        imports.importFile(waveId, imports.inspect(wave(waveId)), REFERENCE);
        identity.resolve(waveId);
        jdbc.update("INSERT INTO opposition (personne_id, depuis, origine) VALUES (?, ?, ?)", person(waveId, 3),
                LocalDate.of(2025, 1, 15), "liste connus oppositions.csv ligne 4");
        long file = ReceivedFilesTables.journal(jdbc, CAS_CONNUS, "connus.csv", waveId, LocalDateTime.now());
        known(file, 2, person(waveId, 4), "SUIVI", "ML-93-01", LocalDate.of(2026, 10, 1));
        known(file, 3, person(waveId, 5), "EN_SOLUTION", null, LocalDate.of(2026, 9, 1));
        known(file, 4, person(waveId, 6), "EN_SOLUTION", null, LocalDate.of(2026, 3, 1));
        String earlier = "E" + waveId;
        jdbc.update("INSERT INTO vague (id, cree_le) VALUES (?, ?)", earlier, Timestamp.valueOf(LocalDateTime.now()));
        earlierCase(earlier, 1, person(waveId, 7), "REFUS", LocalDateTime.of(2026, 9, 10, 18, 0));
        earlierCase(earlier, 2, person(waveId, 8), "INJOIGNABLE", LocalDateTime.of(2026, 9, 30, 12, 0));
    }

    private void known(long file, int line, long person, String status, String partner, LocalDate date) {
        jdbc.update("""
                INSERT INTO cas_connu (fichier_id, ligne, personne_id, nom, prenom, date_naissance, partenaire_id, statut,
                    date_statut, decision, motif) VALUES (?, ?, ?, 'X', 'Y', ?, ?, ?, ?, 'MEME_PERSONNE', 'test')""",
                file, line, person, LocalDate.of(2008, 1, 1), partner, status, date);
    }

    private void earlierCase(String waveId, int n, long person, String status, LocalDateTime at) {
        jdbc.update("""
                INSERT INTO dossier_appel (id_appel, vague_id, personne_id, statut, date_statut, debut, fin, cree_le)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", CallCaseId.of(waveId, n).value(), waveId, person, status,
                Timestamp.valueOf(at), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), Timestamp.valueOf(at));
    }

    Map<String, Object> caseRow(String id) {
        return jdbc.queryForMap("SELECT statut, solution, date_statut, date_rappel, exclusion, exclusion_partenaire_id,"
                + " exclusion_details FROM dossier_appel WHERE id_appel = ?", id);
    }

    static Object column(Map<String, Object> row, String name) {
        return row.containsKey(name) ? row.get(name) : row.get(name.toLowerCase());
    }

    List<LocalDateTime> planned(String id) {
        return jdbc.query("SELECT prevue_le FROM tentative_prevue WHERE id_appel = ? ORDER BY tentative",
                (rs, i) -> rs.getTimestamp(1).toLocalDateTime(), id);
    }

    Path resultsFile(String name, String... lines) throws Exception {
        Path file = files.resolve(name);
        Files.writeString(file, "\uFEFFID_APPEL;TENTATIVE;DATE_APPEL;NUMERO;RESULTAT;DATE_RAPPEL;SOLUTION;COMMENTAIRE;AGENT\n"
                + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    ResultsSummary importResults(String waveId, Path file) {
        return results.importFile(waveId, results.inspect(file));
    }

    // --- guards on call results

    @Test
    void shouldRejectACallDatedAfterTheMomentItsFileIsTaken() throws Exception {
        prepare("G1");
        planning.plan("G1", PERIOD);
        String alice = caseOf("G1", 2);
        String emma = caseOf("G1", 6);
        Intake evening = new Intake(LocalDateTime.of(2026, 11, 2, 21, 0), false);

        ResultsSummary summary = results.importFile("G1", results.inspect(resultsFile("g1.csv",
                alice + ";1;2026-11-02T10:05;06 12 00 00 01;NRP;;;;AG1",
                emma + ";1;15/11/2026 10:00;0612000005;NRP;;;;AG1")), evening);

        assertThat(List.of(summary.read(), summary.stored(), summary.rejected())).containsExactly(2, 1, 1);
        assertThat(jdbc.queryForMap("SELECT ligne, motif FROM " + ReceivedFilesTables.rejects(RESULTATS_APPELS)).values()).containsExactly(3,
                "DATE_APPEL 15/11/2026 à 10h00 postérieure à la prise du fichier (02/11/2026 à 21h00) : un appel ne peut "
                        + "pas être rapporté avant d'avoir eu lieu");
        assertThat(planned(emma).get(0)).isBefore(LocalDateTime.of(2026, 11, 4, 0, 0));
    }

    @Test
    void shouldHoldAReplanThatPushesTheOtherCasesWeeksAheadUntilAnOperatorAcceptsIt() throws Exception {
        prepare("G2");
        planning.plan("G2", PERIOD);
        String alice = caseOf("G2", 2);
        String emma = caseOf("G2", 6);
        List<LocalDateTime> alicePlan = planned(alice);
        // Taken late, so the date is not in the future: a typo (16/11 for 02/11) the date rule cannot see.
        Intake late = new Intake(LocalDateTime.of(2026, 11, 20, 21, 0), false);
        Path typo = resultsFile("g2.csv", emma + ";1;16/11/2026 10:00;0612000005;NRP;;;;AG1");

        assertThatThrownBy(() -> results.importFile("G2", results.inspect(typo), late))
                .isInstanceOf(ReplanRefusedException.class)
                .hasMessageStartingWith("Vague G2 : la replanification repousserait de plus de 4 jours ")
                .hasMessageContaining("au-delà des 30 % admis par raccrochage.appels.part-max-repoussee")
                .hasMessageEndingWith("relancez l'import avec --accepter-replanification si ce report est voulu.");
        assertThat(ReceivedFilesTables.fileCount(jdbc, RESULTATS_APPELS)).isZero();
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "resultat_appel")).isZero();
        assertThat(planned(alice)).isEqualTo(alicePlan);

        ResultsSummary accepted = results.importFile("G2", results.inspect(typo), new Intake(late.takenAt(), true));

        assertThat(accepted.stored()).isEqualTo(1);
        assertThat(planned(alice).get(0)).isAfter(LocalDateTime.of(2026, 11, 16, 10, 0));
    }

    // --- planning

    @Test
    void shouldPlanTheCallableAndRecordWhyTheOthersAreNotCalled() throws Exception {
        prepare("P1");

        PlanningSummary summary = planning.plan("P1", PERIOD);

        assertThat(List.of(summary.persons(), summary.plannedNow(), summary.toCall(), summary.withoutNumber(),
                summary.excluded())).containsExactly(9, 9, 3, 1, 5);
        assertThat(summary.exclusions()).containsExactly(Map.entry("OPPOSITION", 1), Map.entry("SUIVI_PARTENAIRE", 1),
                Map.entry("EN_SOLUTION_RECENT", 1), Map.entry("ISSUE_ANTERIEURE", 1), Map.entry("HORS_AGE", 1));
        assertThat(caseOf("P1", 2)).isEqualTo("VP1-000001");
        assertThat(column(caseRow(caseOf("P1", 3)), "EXCLUSION")).isEqualTo("OPPOSITION");
        Map<String, Object> followed = caseRow(caseOf("P1", 4));
        assertThat(List.of(column(followed, "STATUT"), column(followed, "EXCLUSION"),
                column(followed, "EXCLUSION_PARTENAIRE_ID"))).containsExactly("EXCLU", "SUIVI_PARTENAIRE", "ML-93-01");
        assertThat((String) column(followed, "EXCLUSION_DETAILS")).contains("suivi par ML-93-01 depuis le 01/10/2026");
        assertThat(column(caseRow(caseOf("P1", 5)), "EXCLUSION")).isEqualTo("EN_SOLUTION_RECENT");
        assertThat(column(caseRow(caseOf("P1", 6)), "STATUT")).isEqualTo("A_APPELER");
        assertThat((String) column(caseRow(caseOf("P1", 7)), "EXCLUSION_DETAILS")).isEqualTo(
                "REFUS le 10/09/2026 (vague EP1)");
        assertThat(column(caseRow(caseOf("P1", 8)), "STATUT")).isEqualTo("A_APPELER");
        assertThat(column(caseRow(caseOf("P1", 9)), "STATUT")).isEqualTo("SANS_NUMERO");
        assertThat(column(caseRow(caseOf("P1", 10)), "EXCLUSION")).isEqualTo("HORS_AGE");

        List<String> sheet = Files.readAllLines(summary.sheet(), StandardCharsets.UTF_8);
        assertThat(sheet).hasSize(4);
        assertThat(sheet.get(0)).startsWith("\uFEFFID_APPEL;NOM;PRENOM;AGE;TEL_JEUNE;TEL_RESP1;TEL_RESP2;STATUT;"
                + "T1_DATE;T1_HEURE;T1_CRENEAU;T1_NUMERO;T1_RESULTAT;T2_DATE;").endsWith(";T10_NUMERO;T10_RESULTAT");
        // Both records of Alice: their numbers merged, name and birth date from the first.
        assertThat(sheet.get(1)).startsWith("VP1-000001;Alix;Alice;18;06 12 00 00 01 | 07 61 00 00 11;01 45 00 00 01;"
                + "01 46 00 00 02;A_APPELER;");
        assertThat(sheet.get(1).split(";", -1)).hasSize(8 + 50);
        assertThat(String.join("\n", sheet)).doesNotContain("Bost", "Hamon", "Izard");
    }

    @Test
    void shouldPlanTenAttemptsWithinCallingHoursGapsCapacityAndNumbers() {
        prepare("P2");

        planning.plan("P2", PERIOD);

        String alice = caseOf("P2", 2);
        List<Map<String, Object>> attempts = jdbc.queryForList(
                "SELECT prevue_le, numero FROM tentative_prevue WHERE id_appel = ? ORDER BY tentative", alice);
        assertThat(attempts).hasSize(10);
        List<LocalDateTime> times = planned(alice);
        CallingHours hours = CallingHours.defaults();
        assertThat(times).allMatch(hours::isOpen).noneMatch(t -> t.toLocalDate().equals(LocalDate.of(2026, 11, 11)));
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i))).isGreaterThanOrEqualTo(Duration.ofHours(4));
        }
        assertThat(times.stream().map(LocalDateTime::toLocalDate).distinct().count()).isGreaterThanOrEqualTo(5);
        assertThat(times.stream().map(t -> TimeSlot.of(t).orElseThrow()).distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(attempts.stream().map(a -> column(a, "NUMERO")).distinct().toList()).containsExactlyInAnyOrder(
                "+33612000001", "+33761000011", "+33145000001", "+33146000002");
        assertThat(jdbc.queryForObject("SELECT MAX(prevues) FROM capacite_appels", Integer.class)).isLessThanOrEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT SUM(prevues) FROM capacite_appels", Integer.class))
                .isEqualTo(JdbcTestUtils.countRowsInTable(jdbc, "tentative_prevue")).isEqualTo(30);
    }

    @Test
    void shouldAddNothingWhenPlannedAgain() throws Exception {
        prepare("P3");
        planning.plan("P3", PERIOD);
        byte[] sheet = Files.readAllBytes(CallSheets.sheetFile(propertiesHome(), "P3"));

        PlanningSummary again = planning.plan("P3", PERIOD);

        assertThat(again.plannedNow()).isZero();
        assertThat(again.toCall()).isEqualTo(3);
        assertThat(JdbcTestUtils.countRowsInTableWhere(jdbc, "dossier_appel", "vague_id = 'P3'")).isEqualTo(9);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "tentative_prevue")).isEqualTo(30);
        assertThat(Files.readAllBytes(again.sheet())).isEqualTo(sheet);
    }

    static final String[] SURNAMES = {"Arnaud", "Blanc", "Chevalier", "Denis", "Etienne", "Fabre", "Gautier", "Henry",
        "Jacob", "Klein", "Lacroix", "Marchand", "Noel", "Olivier", "Perrin", "Quentin", "Renaud", "Schmitt", "Tessier",
        "Urbain", "Vidal", "Weber", "Xavier", "Yvon", "Zimmer", "Aubert", "Barbier", "Collet", "Dumont", "Fleury",
        "Gaillard", "Huet", "Joly", "Leroux", "Meunier", "Navarro", "Poirier", "Roussel", "Sanchez", "Vasseur"};

    /** Young people {@code from}..{@code to} of a list of distinct people, each with one mobile. */
    Path crowd(String name, int from, int to) {
        List<String> rows = new java.util.ArrayList<>(List.of(SieiFiles.HEADER));
        for (int i = from; i <= to; i++) {
            rows.add(row("%010dK".formatted(1_000_000_000L + i), SURNAMES[i - 1], "Prénom" + (char) ('a' + i % 26),
                    "%02d/%02d/2008".formatted(1 + i % 28, 1 + i % 12), "0613%06d".formatted(i), "", ""));
        }
        return SieiFiles.utf8WithBom(files.resolve(name + ".csv"), rows.toArray(String[]::new));
    }

    /** Attempts done or planned per case to call of the wave. */
    Map<String, Integer> attemptsPerCase(String waveId) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        jdbc.query("""
                SELECT d.id_appel, (SELECT COUNT(*) FROM tentative_prevue t WHERE t.id_appel = d.id_appel)
                  + (SELECT COUNT(*) FROM resultat_appel r WHERE r.id_appel = d.id_appel)
                FROM dossier_appel d WHERE d.vague_id = ? AND d.statut = 'A_APPELER'""", rs -> {
            counts.put(rs.getString(1), rs.getInt(2));
        }, waveId);
        return counts;
    }

    @Test
    void shouldShareAShortCapacityFairlyWithNewcomersAndAfterAnImport() throws Exception {
        // Two weeks (12 calling days x 6 = 72 attempts) for 30 young people, then 10 more.
        CallingPeriod twoWeeks = new CallingPeriod(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 28));
        imports.importFile("C1", imports.inspect(crowd("c1-liste1", 1, 30)), REFERENCE);
        identity.resolve("C1");

        PlanningSummary first = planning.plan("C1", twoWeeks);

        assertThat(first.toCall()).isEqualTo(30);
        assertThat(first.attempts()).isEqualTo(72);
        assertThat(first.shortCases()).isEqualTo(30);
        assertThat(attemptsPerCase("C1").values()).hasSize(30).allSatisfy(n -> assertThat(n).isBetween(2, 3));

        imports.importFile("C1", imports.inspect(crowd("c1-liste2", 31, 40)), REFERENCE);
        identity.resolve("C1");
        PlanningSummary second = planning.plan("C1", twoWeeks);

        // The newcomers share the capacity with the others instead of getting nothing.
        assertThat(second.plannedNow()).isEqualTo(10);
        assertThat(second.attempts()).isEqualTo(72);
        Map<String, Integer> counts = attemptsPerCase("C1");
        assertThat(counts.values()).hasSize(40).allSatisfy(n -> assertThat(n).isBetween(1, 2));
        assertThat(jdbc.queryForObject("SELECT MAX(prevues) FROM capacite_appels", Integer.class)).isEqualTo(6);

        // An import re-plans the wave with the same sharing, the attempt done counted. (Reported at
        // 9:00 on the first day: every case can still use that day, so nobody's share is cut by it.)
        String firstCase = counts.keySet().iterator().next();
        importResults("C1", resultsFile("c1.csv", firstCase + ";1;2026-11-16T09:00;06 13 00 00 01;NRP;;;;"));

        Map<String, Integer> after = attemptsPerCase("C1");
        assertThat(after).hasSize(40).containsEntry(firstCase, 2);
        assertThat(after.values()).allSatisfy(n -> assertThat(n).isBetween(1, 2));
        assertThat(jdbc.queryForObject("SELECT MAX(prevues) FROM capacite_appels", Integer.class)).isLessThanOrEqualTo(6);
    }

    fr.raccrochage.core.RaccrochageProperties propertiesHome() {
        return new fr.raccrochage.core.RaccrochageProperties("11", home.resolve("donnees"), home.resolve("sorties"), 16,
                25, Map.of());
    }

    // --- results

    @Test
    void shouldCloseTheCaseOnAFinalOutcomeAndKeepAnOppositionForLaterWaves() throws Exception {
        prepare("R1");
        planning.plan("R1", PERIOD);
        String alice = caseOf("R1", 2);
        String emma = caseOf("R1", 6);
        String gina = caseOf("R1", 8);

        ResultsSummary summary = importResults("R1", resultsFile("r1.csv",
                alice + ";1;2026-11-02T10:05;06 12 00 00 01;EN_SOLUTION;;EMPLOI;CDD dans la restauration;AG1",
                emma + ";1;02/11/2026 18:10;+33612000005;ORIENTE_ML;;;;AG2",
                gina + ";1;02/11/2026 12:40;0612000007;OPPOSITION;;;ne plus appeler;AG2"));

        assertThat(List.of(summary.read(), summary.stored(), summary.rejected())).containsExactly(3, 3, 0);
        Map<String, Object> a = caseRow(alice);
        assertThat(List.of(column(a, "STATUT"), column(a, "SOLUTION"))).containsExactly("EN_SOLUTION", "EMPLOI");
        assertThat(((Timestamp) column(a, "DATE_STATUT")).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 2, 10, 5));
        assertThat(column(caseRow(emma), "STATUT")).isEqualTo("ORIENTE_ML");
        assertThat(column(caseRow(gina), "STATUT")).isEqualTo("OPPOSITION");
        assertThat(planned(alice)).isEmpty();
        assertThat(planned(emma)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT origine FROM opposition WHERE personne_id = ?", String.class,
                person("R1", 8))).isEqualTo("appel " + gina + " tentative 1");
        assertThat(jdbc.queryForObject("SELECT SUM(prevues) FROM capacite_appels", Integer.class))
                .isEqualTo(JdbcTestUtils.countRowsInTable(jdbc, "tentative_prevue"));

        // A later wave with Gina: never called again.
        imports.importFile("R1B", imports.inspect(SieiFiles.utf8WithBom(files.resolve("r1b.csv"), SieiFiles.HEADER,
                row("7777777777G", "Giraud", "Gina", "16/04/2008", "0612000099", "", ""))), REFERENCE);
        identity.resolve("R1B");
        PlanningSummary later = planning.plan("R1B", new CallingPeriod(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 29)));
        assertThat(later.exclusions().get("OPPOSITION")).isEqualTo(1);
        assertThat(later.toCall()).isZero();
    }

    @Test
    void shouldDropAWrongNumberAndCallBackWhenAsked() throws Exception {
        prepare("R2");
        planning.plan("R2", PERIOD);
        String alice = caseOf("R2", 2);
        String emma = caseOf("R2", 6);

        importResults("R2", resultsFile("r2.csv",
                alice + ";1;2026-11-02T10:00;06 12 00 00 01;FAUX_NUMERO;;;;",
                emma + ";1;2026-11-02T12:00;06 12 00 00 05;RAPPEL;2026-11-03T18:30;;rappeler demain soir;"));

        assertThat(jdbc.queryForObject("SELECT retire_motif FROM numero_appel WHERE id_appel = ? AND numero = ?",
                String.class, alice, "+33612000001")).isEqualTo("FAUX_NUMERO");
        assertThat(jdbc.queryForList("SELECT numero FROM tentative_prevue WHERE id_appel = ?", String.class, alice))
                .hasSize(9).doesNotContain("+33612000001");
        assertThat(column(caseRow(alice), "STATUT")).isEqualTo("A_APPELER");
        Map<String, Object> e = caseRow(emma);
        assertThat(((Timestamp) column(e, "DATE_RAPPEL")).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 3, 18, 30));
        Map<String, Object> callback = jdbc.queryForList(
                "SELECT tentative, prevue_le, numero FROM tentative_prevue WHERE id_appel = ? ORDER BY tentative", emma)
                .get(0);
        assertThat(List.of(((Number) column(callback, "TENTATIVE")).intValue(),
                ((Timestamp) column(callback, "PREVUE_LE")).toLocalDateTime(), column(callback, "NUMERO")))
                .containsExactly(2, LocalDateTime.of(2026, 11, 3, 18, 30), "+33612000005");

        // The due list of that day shows the callback, after everything imported so far.
        List<CallSheets.DueFile> due = sheets.writeDue(LocalDate.of(2026, 11, 3), "R2");
        List<String> lines = Files.readAllLines(due.get(0).file(), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(";", CallSheets.DUE_HEADER));
        assertThat(lines).anySatisfy(l -> assertThat(l).isEqualTo(
                emma + ";2;03/11/2026;18:30;soiree;06 12 00 00 05;JEUNE;Eymard;Emma;18;oui;1;RAPPEL"));
        assertThat(lines).noneMatch(l -> l.contains("06 12 00 00 01"));
        assertThat(lines).hasSize(1 + due.get(0).attempts());
    }

    @Test
    void shouldBeUnreachableAfterTenAttemptsOrWhenNoNumberIsLeft() throws Exception {
        prepare("R3");
        planning.plan("R3", PERIOD);
        String alice = caseOf("R3", 2);
        String gina = caseOf("R3", 8);
        String[] lines = new String[11];
        for (int i = 1; i <= 10; i++) {
            lines[i - 1] = alice + ";" + i + ";2026-11-" + "%02d".formatted(2 + i) + "T18:00;06 12 00 00 01;NRP;;;;";
        }
        lines[10] = gina + ";1;2026-11-02T10:00;06 12 00 00 07;NUMERO_INVALIDE;;;;";

        // Ten days in one file, with Emma never called in them: her attempts all move ten days on, which
        // the re-plan guard holds unless the operator says it is wanted.
        ResultsSummary summary = results.importFile("R3", results.inspect(resultsFile("r3.csv", lines)),
                new Intake(LocalDateTime.of(2026, 11, 12, 21, 0), true));

        assertThat(summary.rejected()).isZero();
        assertThat(column(caseRow(alice), "STATUT")).isEqualTo("INJOIGNABLE");
        assertThat(((Timestamp) column(caseRow(alice), "DATE_STATUT")).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 11, 12, 18, 0));
        assertThat(column(caseRow(gina), "STATUT")).isEqualTo("INJOIGNABLE");
        assertThat(planned(alice)).isEmpty();
        assertThat(planned(gina)).isEmpty();
    }

    @Test
    void shouldRejectBadLinesWithTheirNumberAndReasonAndTakeTheRest() throws Exception {
        prepare("R4");
        planning.plan("R4", PERIOD);
        String alice = caseOf("R4", 2);
        String hugo = caseOf("R4", 9);

        ResultsSummary summary = importResults("R4", resultsFile("r4.csv",
                alice + ";1;2026-11-02T10:00;06 12 00 00 01;NRP;;;;",                 // 2 ok
                "VR4-999999;1;2026-11-02T10:00;06 12 00 00 01;NRP;;;;",               // 3 unknown case
                alice + ";11;2026-11-02T10:00;06 12 00 00 01;NRP;;;;",                // 4 attempt 11
                alice + ";1;2026-11-02T10:00;06 12 00 00 01;MESSAGERIE;;;;",          // 5 attempt 1 otherwise
                alice + ";2;2026-10-30T10:00;06 12 00 00 01;NRP;;;;",                 // 6 outside the wave
                alice + ";2;2026-11-03T10:00;06 12 00 00 01;DECROCHE;;;;",            // 7 unknown code
                alice + ";2;hier;06 12 00 00 01;NRP;;;;",                             // 8 unreadable date
                alice + ";2;2026-11-03T10:00;06 99 99 99 99;NRP;;;;",                 // 9 number not on the sheet
                alice + ";2;2026-11-03T10:00;06 12 00 00 01;EN_SOLUTION;;;;",         // 10 no SOLUTION
                hugo + ";1;2026-11-03T10:00;06 12 00 00 01;NRP;;;;",                  // 11 no number case
                alice + ";2;2026-11-03T10:00;06 12 00 00 01;RAPPEL;;;;",              // 12 no DATE_RAPPEL
                alice + ";2;2026-11-03T18:00;01 45 00 00 01;OCCUPE;;;;"));            // 13 ok

        assertThat(List.of(summary.read(), summary.stored(), summary.rejected())).containsExactly(12, 2, 10);
        assertThat(jdbc.queryForList("SELECT ligne FROM " + ReceivedFilesTables.rejects(RESULTATS_APPELS) + " ORDER BY ligne",
                Integer.class))
                .containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        List<String> rejects = Files.readAllLines(summary.rejectFile(), StandardCharsets.UTF_8);
        assertThat(rejects.get(0)).isEqualTo("\uFEFFligne;motif;contenu");
        assertThat(rejects.subList(1, rejects.size())).extracting(l -> l.substring(0, l.indexOf(';', 3) + 1) + "…")
                .hasSize(10);
        assertThat(String.join("\n", rejects)).contains(
                "3;ID_APPEL « VR4-999999 » inconnu dans la vague R4;",
                "4;tentative 11 hors de 1 à 10;",
                "5;tentative 1 déjà enregistrée avec un autre résultat;",
                "6;DATE_APPEL 30/10/2026 à 10h00 hors de la période d'appels de la vague (du 02/11/2026 au 27/11/2026);",
                "7;RESULTAT « DECROCHE » inconnu;",
                "8;DATE_APPEL « hier » illisible (attendu AAAA-MM-JJTHH:MM ou JJ/MM/AAAA HH:MM);",
                "9;NUMERO « 06 99 99 99 99 » absent de la fiche du dossier " + alice + ";",
                "10;SOLUTION manquante pour EN_SOLUTION (FORMATION, APPRENTISSAGE, EMPLOI, SERVICE_CIVIQUE, AUTRE);",
                "11;dossier " + hugo + " non appelé dans cette vague (SANS_NUMERO);",
                "12;DATE_RAPPEL manquante pour un RAPPEL;");
        assertThat(jdbc.queryForList("SELECT resultat FROM resultat_appel WHERE id_appel = ? ORDER BY tentative",
                String.class, alice)).containsExactly("NRP", "OCCUPE");
    }

    @Test
    void shouldStoreTheSameResultsWhateverTheFileWasSavedAs() throws Exception {
        List<String> header = List.of("ID appel", "Tentative", "Date appel", "Numéro", "Résultat", "Date rappel", "Solution",
                "Commentaire", "Agent");
        Map<String, List<String>> stored = new java.util.LinkedHashMap<>();
        String[] formats = {"UTF-8 ;", "Windows-1252 ;", "UTF-8 ,", "xlsx"};
        for (int n = 0; n < formats.length; n++) {
            emptyTables();
            String waveId = "RF" + n;
            prepare(waveId);
            planning.plan(waveId, PERIOD);
            String alice = caseOf(waveId, 2);
            List<List<String>> rows = List.of(
                    List.of(alice, "1", "02/11/2026 10:00", "06 12 00 00 01", "NRP", "", "", "", "Agnès"),
                    List.of(alice, "2", "03/11/2026 18:30", "06 12 00 00 01", "RAPPEL", "05/11/2026 17:00", "",
                            "Rappeler après les cours, vers 17 h", "Agnès"),
                    List.of("V-INCONNU", "1", "02/11/2026 10:00", "06 12 00 00 01", "NRP", "", "", "", ""),
                    List.of(alice, "3", "31/11/2026 10:00", "06 12 00 00 01", "NRP", "", "", "", ""));
            Path file = InboundVariants.write(files.resolve(waveId), "resultats", header, rows).get(formats[n]);
            ResultsSummary summary = importResults(waveId, file);
            assertThat(List.of(summary.read(), summary.stored(), summary.rejected())).as(formats[n]).containsExactly(4, 2, 2);
            List<String> lines = new java.util.ArrayList<>(jdbc.queryForList("""
                    SELECT ligne || ' ' || tentative || ' ' || date_appel || ' ' || numero || ' ' || resultat || ' '
                        || COALESCE(CAST(date_rappel AS VARCHAR(30)), '-') || ' ' || COALESCE(commentaire, '-') || ' '
                        || COALESCE(agent, '-') FROM resultat_appel ORDER BY ligne""", String.class));
            lines.addAll(jdbc.queryForList("SELECT ligne || ' ' || motif FROM " + ReceivedFilesTables.rejects(RESULTATS_APPELS)
                    + " ORDER BY ligne", String.class));
            stored.put(formats[n], lines.stream().map(l -> l.replace(alice, "ALICE").replace(waveId, "RF")).toList());
        }
        assertThat(stored.get("UTF-8 ;")).contains("3 2 2026-11-03 18:30:00 +33612000001 RAPPEL 2026-11-05 17:00:00 "
                + "Rappeler après les cours, vers 17 h Agnès");
        assertThat(stored.get("UTF-8 ;")).anyMatch(l -> l.startsWith("5 DATE_APPEL « 31/11/2026 10:00 » illisible"));
        stored.forEach((format, lines) -> assertThat(lines).as(format).isEqualTo(stored.get("UTF-8 ;")));
    }

    @Test
    void shouldChangeNothingWhenResultsAreImportedAgain() throws Exception {
        prepare("R5");
        planning.plan("R5", PERIOD);
        String alice = caseOf("R5", 2);
        Path first = resultsFile("r5.csv", alice + ";1;2026-11-02T10:00;06 12 00 00 01;NRP;;;;");
        importResults("R5", first);
        List<LocalDateTime> plan = planned(alice);

        ResultsSummary again = importResults("R5", first);
        ResultsSummary overlapping = importResults("R5", resultsFile("r5-bis.csv",
                alice + ";1;02/11/2026 10:00;+33612000001;NRP;;;;"));

        assertThat(again.alreadyImported()).isTrue();
        assertThat(List.of(overlapping.read(), overlapping.stored(), overlapping.repeated(), overlapping.rejected()))
                .containsExactly(1, 0, 1, 0);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "resultat_appel")).isEqualTo(1);
        assertThat(ReceivedFilesTables.fileCount(jdbc, RESULTATS_APPELS)).isEqualTo(2);
        assertThat(planned(alice)).isEqualTo(plan);
    }

    @Test
    void shouldRefuseToPlanOrTakeResultsUntilTheWaveIsReady() throws Exception {
        String waveId = "PRET";
        imports.importFile(waveId, imports.inspect(wave(waveId)), REFERENCE);
        int records = jdbc.queryForObject("SELECT COUNT(*) FROM siei_enregistrement WHERE vague_id = ?", Integer.class,
                waveId);
        Path resultsFile = files.resolve("resultats.csv");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> planning.plan(waveId, PERIOD))
                .isInstanceOf(RecordsNotLinkedException.class)
                .hasMessage("Vague PRET : " + records + " enregistrements pas encore rattaché(s) à un jeune : lancez "
                        + "d'abord « raccrochage doublons resoudre --vague PRET ».");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> results.inspectAll(waveId, List.of(resultsFile), null))
                .isInstanceOf(WaveNotPlannedException.class)
                .hasMessage("La vague PRET n'est pas encore planifiée : lancez d'abord « raccrochage vague planifier "
                        + "--vague PRET --debut <date> --fin <date> ».");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossier_appel WHERE vague_id = ?", Integer.class, waveId))
                .isZero();

        identity.resolve(waveId);
        planning.plan(waveId, PERIOD);
        CallingPeriod longer = new CallingPeriod(PERIOD.debut(), PERIOD.fin().plusDays(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> planning.plan(waveId, longer))
                .isInstanceOf(PlannedWithOtherDatesException.class)
                .hasMessage("La vague PRET est déjà planifiée du 02/11/2026 au 27/11/2026 : relancez avec ces dates.");
    }

    @Test
    void shouldRefuseAFileWithoutTheRequiredColumns() throws Exception {
        Path bad = files.resolve("mauvais.csv");
        Files.writeString(bad, "ID_APPEL;TENTATIVE;RESULTAT\nVX-000001;1;NRP\n", StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> results.inspect(bad))
                .isInstanceOf(fr.raccrochage.core.inbound.FileRefusedException.class)
                .hasMessageStartingWith("Fichier refusé : le fichier de résultats d'appels « mauvais.csv » n'a pas la ou "
                        + "les colonne(s) obligatoire(s) DATE_APPEL, NUMERO (en-tête attendu : ID_APPEL;TENTATIVE;");
    }
}
