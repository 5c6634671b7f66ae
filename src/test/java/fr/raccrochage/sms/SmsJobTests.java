package fr.raccrochage.sms;

import static fr.raccrochage.core.inbound.InboundKind.CAS_CONNUS;
import static fr.raccrochage.core.inbound.InboundKind.RESULTATS_APPELS;
import static fr.raccrochage.core.inbound.InboundKind.SIEI;
import static fr.raccrochage.core.inbound.InboundKind.SMS_RETOURS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.CallStagesTests;
import fr.raccrochage.ReceivedFilesTables;
import fr.raccrochage.calls.CallSheets;
import fr.raccrochage.calls.CallingPeriod;
import fr.raccrochage.calls.CallsProperties;
import fr.raccrochage.calls.NumberWithdrawals;
import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.core.inbound.ReceivedFiles.ReceivedFile;
import fr.raccrochage.core.privacy.OppositionSource;
import fr.raccrochage.core.privacy.Oppositions;
import fr.raccrochage.core.privacy.OutputGate;
import fr.raccrochage.ingestion.SieiFiles;
import fr.raccrochage.sms.SmsPreparationService.PreparationSummary;
import fr.raccrochage.sms.SmsReturnImportService.ReturnsSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.jdbc.JdbcTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A wave with SMS before the calls, on a real database, from SIEI files imported, resolved and
 * planned by the real earlier stages: H2 ({@link SmsJobFunctionalTests}) and PostgreSQL
 * ({@link SmsJobPostgresTests}). The control group is off (0 %) in the context; the tests that need
 * it, a guardian's mobile, a reminder or STOP as an opposition build the service with other settings.
 */
@SpringBootTest(properties = {"raccrochage.cli.actif=false", "raccrochage.sms.groupe-temoin-pourcent=0"})
abstract class SmsJobTests extends CallStagesTests {

    static final LocalDate REFERENCE = LocalDate.of(2026, 9, 1);
    static final CallingPeriod PERIOD = new CallingPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 27));
    /** The Saturday before the first calls (Sunday 1 November is Toussaint). */
    static final LocalDate SATURDAY = LocalDate.of(2026, 10, 31);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 10, 31, 12, 0);

    @Autowired
    SmsPreparationService sms;
    @Autowired
    SmsReturnImportService returns;
    @Autowired
    SmsEffectService effects;
    @Autowired
    JdbcSmsDao dao;
    @Autowired
    ReceivedFiles receivedFiles;
    @Autowired
    OutputGate gate;
    @Autowired
    Oppositions oppositions;
    @Autowired
    NumberWithdrawals withdrawals;
    @Autowired
    SmsProperties settings;
    @Autowired
    CallsProperties calls;
    @Autowired
    RaccrochageProperties properties;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void emptyTables() {
        JdbcTestUtils.deleteFromTables(jdbc, "sms_retour", "sms_stop", "sms_message", "sms_groupe", "sms_lot",
                "resultat_appel", "tentative_prevue", "numero_appel", "dossier_appel", "capacite_appels", "opposition",
                "cas_connu", "doublon_possible", "siei_lien_personne", "personne", "siei_enregistrement");
        ReceivedFilesTables.delete(jdbc, SMS_RETOURS, RESULTATS_APPELS, CAS_CONNUS, SIEI);
    }

    static String row(String ine, String last, String first, String born, String phone, String resp1) {
        return "%s;%s;%s;%s;M;%s;;;93200;SAINT DENIS;;%s;Paul;%s;;;;;;;;EN".formatted(ine, last, first, born, phone,
                last.toUpperCase(), resp1);
    }

    /** One young person per rule; line numbers are the file's (header = 1). */
    void prepareWave(String waveId) {
        Path list = SieiFiles.utf8WithBom(files.resolve(waveId + ".csv"), SieiFiles.HEADER,
                row("1111111111A", "Alix", "Alice", "10/04/2008", "0612000001", "0145000001"),  // 2 own mobile
                row("2222222222B", "Bost", "Bruno", "11/04/2008", "0145000002", ""),            // 3 landline only
                row("3333333333C", "Cadet", "Chloé", "12/04/2010", "", "0698000003"),           // 4 minor, guardian's mobile
                row("4444444444D", "Dubois", "David", "13/04/2008", "0612000004", ""),          // 5 objects after planning
                row("5555555555E", "Eymard", "Émeline", "14/04/2008", "0612000005", ""),        // 6 will answer STOP
                row("6666666666F", "Ferrand", "Farid", "15/04/2008", "0612000006", ""));        // 7 unknown number
        imports.importFile(waveId, imports.inspect(list), REFERENCE);
        identity.resolve(waveId);
        planning.plan(waveId, PERIOD);
    }

    long person(String waveId, int line) {
        return jdbc.queryForObject("SELECT personne_id FROM siei_lien_personne WHERE vague_id = ? AND ligne = ?",
                Long.class, waveId, line);
    }

    String caseOf(String waveId, int line) {
        return jdbc.queryForObject("SELECT id_appel FROM dossier_appel WHERE vague_id = ? AND personne_id = ?",
                String.class, waveId, person(waveId, line));
    }

    static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    Path returnsFile(String name, String... lines) throws Exception {
        Path file = files.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "REFERENCE;NUMERO;TYPE;STATUT;DATE;TEXTE\n" + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        return file;
    }

    ReturnsSummary importReturns(SmsReturnImportService service, Path file) {
        return service.importFile(service.inspect(file), LocalDateTime.of(2026, 11, 1, 9, 0));
    }

    String reference(String idAppel) {
        return jdbc.queryForObject("SELECT reference FROM sms_message WHERE id_appel = ? AND genre = 'ANNONCE'",
                String.class, idAppel);
    }

    SmsProperties with(int controlPercent, boolean guardian, int reminderAfter, SmsProperties.StopRule stop) {
        return new SmsProperties(true, settings.expediteur(), settings.numeroAppelant(), settings.pageRegion(),
                settings.modele(), settings.modeleResponsable(), guardian, 1, LocalTime.of(18, 0), "08:00-20:00",
                "08:00-20:00", "", reminderAfter, controlPercent, stop);
    }

    SmsPreparationService preparation(SmsProperties s) {
        return new SmsPreparationService(dao, gate, s, calls, properties);
    }

    SmsReturnImportService returnsWith(SmsProperties s) {
        return new SmsReturnImportService(dao, receivedFiles, tx, withdrawals, oppositions, gate, s, properties);
    }

    // --- preparation

    @Test
    void shouldAnnounceTheFirstCallsToTheYoungPeoplesMobilesOnly() throws Exception {
        prepareWave("S1");
        oppositions.oppose(person("S1", 5), OppositionSource.JEUNE, "test");

        PreparationSummary s = sms.prepare("S1", SATURDAY, NOW);

        assertThat(s.plan().sendAt()).isEqualTo(LocalDateTime.of(2026, 10, 31, 18, 0));
        assertThat(s.plan().coveredDays()).containsExactly(LocalDate.of(2026, 11, 2));
        assertThat(List.of(s.newMessages(), s.inFile(), s.withoutMobile(), s.control())).containsExactly(3, 3, 2, 0);
        // David objected: barred at the point of output (or his case already closed by the objection).
        assertThat(s.announced() - s.barred()).isEqualTo(5);
        List<String> file = lines(s.file());
        assertThat(file.get(0)).isEqualTo("\uFEFFreference;numero;message;envoi_prevu;expediteur");
        String alice = reference(caseOf("S1", 2));
        assertThat(alice).matches("SMS\\d+-00001");
        assertThat(file.get(1)).isEqualTo(alice + ";+33612000001;Bonjour Alice, la Région va vous appeler dans les "
                + "prochains jours depuis le 01 53 85 53 85 pour faire le point sur votre avenir (formation, emploi). "
                + "Infos : https://www.iledefrance.fr/raccrochage Répondez STOP pour ne plus recevoir de SMS.;"
                + "2026-10-31T18:00:00+01:00;REGIONIDF");
        assertThat(String.join("\n", file)).contains("+33612000005", "Bonjour Émeline", "+33612000006")
                .doesNotContain("+33145000002", "+33698000003", "+33612000004", "Alix", "Dubois", "1111111111A");
        assertThat(lines(s.manifest())).containsExactly(
                "\uFEFFfichier;vague;date_preparation;envoi_prevu;expediteur;lignes;segments;sha256",
                "sms-2026-10-31.csv;S1;2026-10-31;2026-10-31T18:00:00+01:00;REGIONIDF;3;6;"
                        + fr.raccrochage.core.FileDigest.sha256(s.file()));
    }

    @Test
    void shouldAddNothingWhenPreparedAgainAndSendAtMostOneSmsPerCase() throws Exception {
        prepareWave("S2");
        PreparationSummary first = sms.prepare("S2", SATURDAY, NOW);
        byte[] bytes = Files.readAllBytes(first.file());

        PreparationSummary again = sms.prepare("S2", SATURDAY, NOW);
        // The next day's batch: the cases already announced get no second SMS.
        PreparationSummary monday = sms.prepare("S2", LocalDate.of(2026, 11, 2), NOW);

        assertThat(again.newMessages()).isZero();
        assertThat(Files.readAllBytes(again.file())).isEqualTo(bytes);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "sms_message")).isEqualTo(4);
        assertThat(monday.newMessages()).isZero();
    }

    @Test
    void shouldWriteToAGuardiansMobileForAMinorWithoutOneWhenTheSettingSaysSo() throws Exception {
        prepareWave("S3");

        PreparationSummary s = preparation(with(0, true, 0, SmsProperties.StopRule.SMS)).prepare("S3", SATURDAY, NOW);

        assertThat(s.inFile()).isEqualTo(5);
        assertThat(lines(s.file())).anySatisfy(l -> assertThat(l).contains(";+33698000003;Bonjour, la Région va "
                + "appeler dans les prochains jours depuis le 01 53 85 53 85 pour faire le point sur l'avenir de Chloé"));
        // Bruno is of age with a landline only: nothing.
        assertThat(String.join("\n", lines(s.file()))).doesNotContain("+33145000002");
    }

    @Test
    void shouldKeepTheControlGroupWithoutSms() {
        prepareWave("S4");

        PreparationSummary s = preparation(with(50, false, 0, SmsProperties.StopRule.SMS)).prepare("S4", SATURDAY, NOW);

        Map<String, ControlGroup.Group> groups = dao.groups("S4");
        assertThat(groups).hasSize(4);
        groups.forEach((id, group) -> assertThat(group).isEqualTo(ControlGroup.of(id, 50)));
        long control = groups.values().stream().filter(g -> g == ControlGroup.Group.TEMOIN).count();
        assertThat(s.control()).isEqualTo((int) control);
        assertThat(s.inFile()).isEqualTo(4 - (int) control);
        groups.forEach((id, group) -> assertThat(JdbcTestUtils.countRowsInTableWhere(jdbc, "sms_message",
                "id_appel = '" + id + "'")).isEqualTo(group == ControlGroup.Group.SMS ? 1 : 0));
    }

    // --- returns

    @Test
    void shouldTakeDeliveryReportsAndStopAndWithdrawAnUnknownNumberFromTheCalls() throws Exception {
        prepareWave("S5");
        sms.prepare("S5", SATURDAY, NOW);
        String alice = reference(caseOf("S5", 2));
        String emeline = reference(caseOf("S5", 6));
        String farid = reference(caseOf("S5", 7));

        ReturnsSummary s = importReturns(returns, returnsFile("retours.csv",
                alice + ";+33612000001;ACCUSE;DELIVRE;2026-10-31T18:01;",
                emeline + ";33612000005;ACCUSE;DELIVRE;31/10/2026 18:02;",
                farid + ";+33612000006;ACCUSE;NUMERO_INCONNU;2026-10-31T18:03;",
                ";06 12 00 00 05;REPONSE;;2026-10-31T18:30;  s t o p "));

        assertThat(List.of(s.read(), s.stored(), s.rejected(), s.delivered(), s.unknownNumbers(), s.stops()))
                .containsExactly(4, 4, 0, 2, 1, 1);
        assertThat(s.fileName()).isEqualTo("retours.csv");
        // journaled in the one journal of received files, known by its SHA-256
        Path first = files.resolve("retours.csv");
        ReceivedFile journaled = receivedFiles.find(SMS_RETOURS, null, SmsReturnsFile.read(first).sha256()).orElseThrow();
        assertThat(List.of(journaled.name(), journaled.path(), journaled.status(), journaled.read(), journaled.stored(),
                journaled.rejected())).containsExactly("retours.csv", first.toAbsolutePath().normalize().toString(),
                        ReceivedFiles.DONE, 4, 4, 0);
        assertThat(journaled.waveId()).isNull();
        assertThat(jdbc.queryForList("SELECT DISTINCT fichier_id FROM sms_retour", Long.class))
                .containsExactly(journaled.id());
        assertThat(dao.message(alice).orElseThrow().status()).isEqualTo(SmsMessage.Status.DELIVRE);
        assertThat(dao.message(farid).orElseThrow().status()).isEqualTo(SmsMessage.Status.NUMERO_INCONNU);
        assertThat(dao.stoppedNumbers()).containsExactly("+33612000005");
        // Farid's only number is withdrawn as a NUMERO_INVALIDE: unreachable, nothing planned, shown on the sheet.
        String faridCase = caseOf("S5", 7);
        assertThat(jdbc.queryForObject("SELECT retire_motif FROM numero_appel WHERE id_appel = ?", String.class,
                faridCase)).isEqualTo("NUMERO_INVALIDE");
        assertThat(jdbc.queryForObject("SELECT statut FROM dossier_appel WHERE id_appel = ?", String.class, faridCase))
                .isEqualTo("INJOIGNABLE");
        assertThat(JdbcTestUtils.countRowsInTableWhere(jdbc, "tentative_prevue", "id_appel = '" + faridCase + "'"))
                .isZero();
        assertThat(String.join("\n", lines(CallSheets.sheetFile(properties, "S5"))))
                .contains("06 12 00 00 06 (retiré : NUMERO_INVALIDE)");
        // With the default rule, STOP stops the SMS only: Émeline is still called.
        assertThat(gate.isBarred(person("S5", 6))).isFalse();

        // STOP honoured in the next SMS file: the batch written again, and a reminder batch.
        PreparationSummary rewritten = sms.prepare("S5", SATURDAY, NOW);
        assertThat(String.join("\n", lines(rewritten.file()))).doesNotContain("+33612000005", "+33612000006")
                .contains("+33612000001");
        // The same file again (same SHA-256): already imported, its figures, nothing added.
        ReturnsSummary again = importReturns(returns, first);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(List.of(again.read(), again.stored(), again.rejected())).containsExactly(4, 4, 0);
        assertThat(ReceivedFilesTables.fileCount(jdbc, SMS_RETOURS)).isEqualTo(1);
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "sms_retour")).isEqualTo(4);

        // Another file of the same name: a line already known adds nothing; the file is told apart.
        ReturnsSummary other = importReturns(returns, returnsFile("autre/retours.csv",
                alice + ";+33612000001;ACCUSE;DELIVRE;2026-10-31T18:01;"));
        assertThat(List.of(other.read(), other.stored(), other.repeated())).containsExactly(1, 0, 1);
        assertThat(other.fileName()).isEqualTo("retours.csv (n° 2, "
                + files.resolve("autre/retours.csv").toAbsolutePath().normalize() + ")");
        assertThat(ReceivedFilesTables.fileCount(jdbc, SMS_RETOURS)).isEqualTo(2);
    }

    @Test
    void shouldNotRemindANumberThatAnsweredStop() throws Exception {
        prepareWave("S6");
        SmsProperties reminders = with(0, false, 1, SmsProperties.StopRule.SMS);
        preparation(reminders).prepare("S6", SATURDAY, NOW);
        String emeline = reference(caseOf("S6", 6));
        importReturns(returns, returnsFile("stop.csv", emeline + ";+33612000005;REPONSE;;2026-10-31T19:00;Stop !"));
        Path calls = files.resolve("appels.csv");
        Files.writeString(calls, "ID_APPEL;TENTATIVE;DATE_APPEL;NUMERO;RESULTAT\n"
                + caseOf("S6", 2) + ";1;2026-11-02T19:30;06 12 00 00 01;NRP\n"
                + caseOf("S6", 6) + ";1;2026-11-02T19:35;06 12 00 00 05;NRP\n", StandardCharsets.UTF_8);
        results.importFile("S6", results.inspect(calls));

        PreparationSummary next = preparation(reminders).prepare("S6", LocalDate.of(2026, 11, 2), NOW);

        assertThat(next.reminders()).isEqualTo(1);
        assertThat(String.join("\n", lines(next.file()))).contains("+33612000001").doesNotContain("+33612000005");
        assertThat(jdbc.queryForList("SELECT genre FROM sms_message WHERE id_appel = ? ORDER BY genre", String.class,
                caseOf("S6", 2))).containsExactly("ANNONCE", "RELANCE");
    }

    @Test
    void shouldRecordAnOppositionWhenStopMeansOpposition() throws Exception {
        prepareWave("S7");
        SmsProperties opposition = with(0, false, 0, SmsProperties.StopRule.OPPOSITION);
        sms.prepare("S7", SATURDAY, NOW);
        String emeline = reference(caseOf("S7", 6));

        importReturns(returnsWith(opposition), returnsFile("stop.csv",
                emeline + ";+33612000005;REPONSE;;2026-10-31T19:00;STOP"));

        long person = person("S7", 6);
        assertThat(gate.isBarred(person)).isTrue();
        assertThat(jdbc.queryForObject("SELECT source || ' ; ' || origine FROM opposition WHERE personne_id = ?",
                String.class, person)).isEqualTo("JEUNE ; réponse STOP au SMS " + emeline);
        assertThat(String.join("\n", lines(sms.prepare("S7", SATURDAY, NOW).file()))).doesNotContain("+33612000005");
    }

    @Test
    void shouldTakeTheYoungPersonOffTheCallSheetWhenStopMeansOpposition() throws Exception {
        prepareWave("S8");
        sms.prepare("S8", SATURDAY, NOW);
        String emeline = reference(caseOf("S8", 6));

        importReturns(returnsWith(with(0, false, 0, SmsProperties.StopRule.OPPOSITION)), returnsFile("stop.csv",
                emeline + ";+33612000005;REPONSE;;2026-10-31T19:00;STOP"));
        results.replanOpenCases("S8", LocalDateTime.of(2026, 11, 1, 0, 0));

        String id = caseOf("S8", 6);
        assertThat(JdbcTestUtils.countRowsInTableWhere(jdbc, "tentative_prevue", "id_appel = '" + id + "'")).isZero();
        assertThat(lines(CallSheets.sheetFile(properties, "S8"))).noneMatch(l -> l.startsWith(id + ";")
                && l.contains(";A_APPELER;"));
    }

    @Test
    void shouldRejectLinesThatCannotBeTrustedWithTheirNumberAndReason() throws Exception {
        prepareWave("S9");
        sms.prepare("S9", SATURDAY, NOW);
        String alice = reference(caseOf("S9", 2));
        oppositions.oppose(person("S9", 7), OppositionSource.JEUNE, "test");
        String farid = reference(caseOf("S9", 7));
        sms.prepare("S9", SATURDAY, NOW);

        ReturnsSummary s = importReturns(returns, returnsFile("mauvais.csv",
                alice + ";+33612000001;ACCUSE;DELIVRE;2026-10-31T18:01;",   // 2 ok
                "SMS999-00001;+33612000001;ACCUSE;DELIVRE;2026-10-31T18:01;", // 3 unknown reference
                alice + ";+33699999999;ACCUSE;DELIVRE;2026-10-31T18:01;",   // 4 not sent to that number
                ";+33699999999;REPONSE;;2026-10-31T18:01;STOP",               // 5 nothing sent to that number
                alice + ";+33612000001;ACCUSE;DELIVRE;2026-11-02T18:01;",   // 6 in the future
                alice + ";+33612000001;ACCUSE;LU;2026-10-31T18:01;",        // 7 unknown status
                alice + ";+33612000001;CLIC;;2026-10-31T18:01;",            // 8 unknown type
                alice + ";+33612000001;ACCUSE;DELIVRE;hier;",               // 9 unreadable date
                ";+33612000001;ACCUSE;DELIVRE;2026-10-31T18:01;",            // 10 report without reference
                farid + ";+33612000006;ACCUSE;DELIVRE;2026-10-31T18:01;",   // 11 held, never sent
                alice + ";06 12;ACCUSE;DELIVRE;2026-10-31T18:01;"));         // 12 unreadable number

        assertThat(List.of(s.read(), s.stored(), s.rejected())).containsExactly(11, 1, 10);
        List<String> rejects = lines(s.rejectFile());
        assertThat(rejects.get(0)).isEqualTo("\uFEFFligne;motif;contenu");
        assertThat(String.join("\n", rejects)).contains(
                "3;REFERENCE « SMS999-00001 » inconnue;",
                "4;NUMERO « +33699999999 » : le SMS " + alice + " n'a pas été envoyé à ce numéro;",
                "5;aucun SMS envoyé au numéro « +33699999999 »;",
                "6;DATE « 2026-11-02T18:01 » dans le futur;",
                "7;STATUT « LU » inconnu (DELIVRE, ECHEC ou NUMERO_INCONNU);",
                "8;TYPE « CLIC » inconnu (ACCUSE ou REPONSE);",
                "9;DATE « hier » illisible (attendu AAAA-MM-JJTHH:MM ou JJ/MM/AAAA HH:MM);",
                "10;REFERENCE manquante pour un accusé de réception;",
                "11;le SMS " + farid + " a été retenu avant l'envoi : il n'a pas été envoyé;",
                "12;NUMERO « 06 12 » illisible;");
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "sms_retour")).isEqualTo(1);
        assertThat(s.rejectFile()).isEqualTo(properties.dossierSorties().resolve("sms-retours/rejets/mauvais.rejets.csv"));
        // the rejects are in the one reject table, with the file's figures in the journal
        assertThat(jdbc.queryForList("SELECT ligne FROM " + ReceivedFilesTables.rejects(SMS_RETOURS) + " ORDER BY ligne",
                Integer.class)).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(jdbc.queryForObject("SELECT contenu FROM " + ReceivedFilesTables.rejects(SMS_RETOURS) + " WHERE ligne = 3",
                String.class)).isEqualTo("SMS999-00001;+33612000001;ACCUSE;DELIVRE;2026-10-31T18:01;");
        assertThat(jdbc.queryForObject("SELECT lues || ' ' || enregistrees || ' ' || rejetees FROM fichier_recu "
                + "WHERE type = 'SMS_RETOURS' AND nom = 'mauvais.csv'", String.class)).isEqualTo("11 1 10");
        // imported again: already imported, the same figures and reject file
        ReturnsSummary again = importReturns(returns, files.resolve("mauvais.csv"));
        assertThat(List.of(again.alreadyImported(), again.read(), again.stored(), again.rejected(), again.rejectFile()))
                .containsExactly(true, 11, 1, 10, s.rejectFile());
        assertThat(ReceivedFilesTables.rejectCount(jdbc, SMS_RETOURS)).isEqualTo(10);
    }

    // --- the measure

    @Test
    void shouldCompareTheContactRateWithAndWithoutSms() throws Exception {
        prepareWave("S10");
        preparation(with(50, false, 0, SmsProperties.StopRule.SMS)).prepare("S10", SATURDAY, NOW);
        Map<String, ControlGroup.Group> groups = dao.groups("S10");
        StringBuilder calls = new StringBuilder("ID_APPEL;TENTATIVE;DATE_APPEL;NUMERO;RESULTAT;DATE_RAPPEL;SOLUTION\n");
        for (int line : new int[] {2, 6, 7}) {
            String id = caseOf("S10", line);
            String number = "06 12 00 00 0" + (line == 2 ? 1 : line - 1);
            calls.append(id).append(";1;2026-11-02T09:05;").append(number).append(";NRP;;\n");
            calls.append(id).append(";2;2026-11-03T18:05;").append(number).append(line == 7 ? ";NRP;;\n"
                    : ";EN_SOLUTION;;EMPLOI\n");
        }
        Path file = files.resolve("appels.csv");
        Files.writeString(file, calls, StandardCharsets.UTF_8);
        results.importFile("S10", results.inspect(file));

        SmsEffect e = effects.figures(List.of("S10")).waves().get(0);

        long smsCases = groups.values().stream().filter(g -> g == ControlGroup.Group.SMS).count();
        assertThat(e.withSms().cases() + e.control().cases()).isEqualTo(4);
        assertThat(e.withSms().cases()).isEqualTo(smsCases);
        long reached = 0;
        for (int line : new int[] {2, 6}) {
            reached += groups.get(caseOf("S10", line)) == ControlGroup.Group.SMS ? 1 : 0;
        }
        assertThat(e.withSms().reached()).isEqualTo(reached);
        assertThat(e.control().reached()).isEqualTo(2 - reached);
        if (reached > 0) {
            assertThat(e.withSms().attemptsPerReached()).isEqualTo(2.0);
        }
        assertThat(e.messages().sent()).isEqualTo(smsCases);
        assertThat(effects.figures(List.of("S10", "NONE")).total().withSms().cases()).isEqualTo(smsCases);
    }
}
