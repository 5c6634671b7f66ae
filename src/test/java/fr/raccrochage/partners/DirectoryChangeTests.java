package fr.raccrochage.partners;

import static fr.raccrochage.core.inbound.InboundKind.RETOURS_PARTENAIRES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.raccrochage.PartnerStagesTests;
import fr.raccrochage.ReceivedFilesTables;
import fr.raccrochage.reporting.WaveLine;
import fr.raccrochage.reporting.WaveStatus;
import fr.raccrochage.reporting.WaveStatusService;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.model.FileHeader;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.jdbc.JdbcTestUtils;

/**
 * A change of the partner directory after referrals were made and sent: open referrals go to the
 * partner that covers the commune now, the former partner gets a withdrawal file, and every partner
 * file goes out as an AES-256 archive unless the directory says otherwise. On H2
 * ({@link DirectoryChangeH2Tests}) and PostgreSQL ({@link DirectoryChangePostgresTests}).
 */
@SpringBootTest(properties = "raccrochage.cli.actif=false")
abstract class DirectoryChangeTests extends PartnerStagesTests {

    static final LocalDate CLOSING = LocalDate.of(2026, 6, 30);
    static final LocalDateTime FIRST_EXPORT = LocalDateTime.of(2026, 7, 1, 10, 0);
    static final LocalDateTime SECOND_EXPORT = LocalDateTime.of(2026, 7, 8, 10, 0);
    static final String BEFORE = Directories.HEADER
            + "ML-A;MISSION_LOCALE;Mission locale A;93;93066\n"
            + "ML-A;MISSION_LOCALE;Mission locale A;93;93001\n"
            + "ML-B;MISSION_LOCALE;Mission locale B;93;93048\n"
            + "PRIJ-93066;PRIJ;Groupe PRIJ Saint-Denis;93;93066\n";
    /** Saint-Denis (93066) moves from ML-A to ML-B; the PRIJ group's files go out plain. */
    static final String AFTER = Directories.HEADER.strip() + ";chiffrement\n"
            + "ML-A;MISSION_LOCALE;Mission locale A;93;93001;oui\n"
            + "ML-B;MISSION_LOCALE;Mission locale B;93;93048;\n"
            + "ML-B;MISSION_LOCALE;Mission locale B;93;93066;\n"
            + "PRIJ-93066;PRIJ;Groupe PRIJ Saint-Denis;93;93066;non\n";

    @Autowired
    PartnerArchives archives;

    @Autowired
    PartnersProperties settings;

    @Autowired
    WaveStatusService waveStatus;

    @BeforeEach
    void emptyTables() throws Exception {
        PartnersJobTests.reset(jdbc);
        directory.importFile(Files.writeString(files.resolve("annuaire-1.csv"), BEFORE, StandardCharsets.UTF_8));
    }

    /**
     * P1, sent before the change: 1 unreachable in Saint-Denis (ML-A + PRIJ), 2 referred to the mission
     * locale in Saint-Denis, 3 unreachable in Aubervilliers (stays with ML-A), 4 unreachable in
     * Saint-Denis whom ML-A already contacted (it keeps them), 5 followed by ML-A (told, stays).
     */
    private void seedFirstWave() {
        WaveFixture w = new WaveFixture(jdbc, "P1", 1);
        LocalDateTime closed = LocalDateTime.of(2026, 6, 20, 11, 0);
        w.callCase(1, w.person("Martin", "Léa", "2008-04-10", "93066", "JEUNE", null, ""), "INJOIGNABLE", closed, null, null,
                null);
        String c2 = w.callCase(2, w.person("Durand", "Hugo", "2007-01-02", "93066", "JEUNE", null, ""), "ORIENTE_ML", closed,
                null, null, null);
        w.result(c2, 1, LocalDateTime.of(2026, 6, 10, 14, 30), "ORIENTE_ML");
        w.callCase(3, w.person("Petit", "Inès", "2008-11-30", "93001", "JEUNE", null, ""), "INJOIGNABLE", closed, null, null,
                null);
        w.callCase(4, w.person("Roux", "Noah", "2006-02-14", "93066", "JEUNE", null, ""), "INJOIGNABLE", closed, null, null,
                null);
        w.callCase(5, w.person("Morel", "Adam", "2007-07-07", "93066", "JEUNE", null, ""), "EXCLU", closed, null,
                "SUIVI_PARTENAIRE", "ML-A");
        closing.close("P1", CLOSING);
    }

    private void partnerContacted(String idAppel, String partnerId) {
        long file = ReceivedFilesTables.journal(jdbc, RETOURS_PARTENAIRES, "retours.csv", "x", FIRST_EXPORT.plusDays(2));
        jdbc.update("INSERT INTO retour_partenaire (id_appel, partenaire_id, statut, date_statut, fichier_id, ligne) "
                + "VALUES (?, ?, 'CONTACTE', ?, ?, 2)", idAppel, partnerId, Date.valueOf(LocalDate.of(2026, 7, 2)), file);
    }

    @Test
    void shouldRerouteOpenReferralsToTheNewPartnerAndTellTheFormerOne() throws Exception {
        seedFirstWave();
        exports.export(null, List.of(), FIRST_EXPORT);
        partnerContacted("VP1-000004", "ML-A");
        // P2, closed after the first export: routed to ML-A, never sent to it.
        WaveFixture w2 = new WaveFixture(jdbc, "P2", 100);
        w2.callCase(1, w2.person("Lambert", "Zoé", "2008-01-01", "93066", "JEUNE", null, ""), "INJOIGNABLE",
                LocalDateTime.of(2026, 7, 3, 9, 0), null, null, null);
        closing.close("P2", LocalDate.of(2026, 7, 4));

        PartnerDirectoryService.DirectoryImport imported =
                directory.importFile(Files.writeString(files.resolve("annuaire-2.csv"), AFTER, StandardCharsets.UTF_8));

        LocalDate today = LocalDate.now();
        assertThat(imported.rerouting()).isEqualTo(new Rerouting(3, 2, 0, Map.of("ML-A → ML-B", 3)));
        assertThat(jdbc.queryForList("SELECT id_appel, partenaire_id, date_limite_rappel FROM orientation "
                + "WHERE partenaire_id LIKE 'ML-%' ORDER BY id_appel")).extracting(r -> r.get("id_appel"),
                        r -> r.get("partenaire_id"), r -> r.get("date_limite_rappel") == null ? null
                                : ((Date) r.get("date_limite_rappel")).toLocalDate()).containsExactly(
                        tuple("VP1-000001", "ML-B", null),
                        tuple("VP1-000002", "ML-B", today.plusDays(settings.delaiRappelJours())),
                        tuple("VP1-000003", "ML-A", null),
                        tuple("VP1-000004", "ML-A", null),
                        tuple("VP1-000005", "ML-A", null),
                        tuple("VP2-000001", "ML-B", null));

        ExportRun run = exports.export(null, List.of(), SECOND_EXPORT);

        assertThat(run.files()).extracting(ExportedFile::partnerId, ExportedFile::rows, ExportedFile::rerouted)
                .containsExactly(tuple("ML-B", 3, 3), tuple("PRIJ-93066", 1, 0));
        String reason = PartnerExportService.rerouteReason(today);
        List<String> mlB = Files.readAllLines(run.files().get(0).file(), StandardCharsets.UTF_8);
        assertThat(mlB.get(0)).endsWith(";responsables_legaux;reorientation");
        assertThat(mlB.subList(1, mlB.size())).extracting(line -> line.substring(0, line.indexOf(';')),
                line -> line.substring(line.lastIndexOf(';') + 1)).containsExactly(
                        tuple("VP1-000001", reason), tuple("VP1-000002", reason), tuple("VP2-000001", reason));
        assertThat(mlB.get(2)).startsWith("VP1-000002;ORIENTE_ML;" + french(today.plusDays(15)) + ";Durand;Hugo;02/01/2007;");
        assertThat(run.withdrawals()).extracting(WithdrawalFile::partnerId, WithdrawalFile::rows)
                .containsExactly(tuple("ML-A", 2));
        Path withdrawal = run.withdrawals().get(0).file();
        assertThat(withdrawal.getFileName().toString()).isEqualTo("ML-A_retraits_vague-P1_2026-07-08.csv");
        assertThat(withdrawal.getParent()).isEqualTo(run.directory());
        assertThat(Files.readAllLines(withdrawal, StandardCharsets.UTF_8)).containsExactly(
                "\uFEFFid_appel;motif;nom;prenom;date_naissance;code_insee_residence;commune_residence;date_retrait;motif_retrait",
                "VP1-000001;INJOIGNABLE;Martin;Léa;10/04/2008;93066;Saint-Denis;" + french(today) + ";" + Withdrawals.REASON,
                "VP1-000002;ORIENTE_ML;Durand;Hugo;02/01/2007;93066;Saint-Denis;" + french(today) + ";" + Withdrawals.REASON);
        assertThat(Files.readAllLines(run.manifest(), StandardCharsets.UTF_8)).extracting(l -> cut(l, 0), l -> cut(l, 4),
                l -> cut(l, 5), l -> cut(l, 8)).containsExactly(
                        tuple("\uFEFFfichier", "contenu", "lignes", "archive"),
                        tuple("ML-B_vague-plusieurs_2026-07-08.csv", "ORIENTATIONS", "3", "ML-B_vague-plusieurs_2026-07-08.csv.zip"),
                        tuple("PRIJ-93066_vague-P2_2026-07-08.csv", "ORIENTATIONS", "1", ""),
                        tuple("ML-A_retraits_vague-P1_2026-07-08.csv", "RETRAITS", "2", "ML-A_retraits_vague-P1_2026-07-08.csv.zip"));
        assertThat(run.rerouted()).isEqualTo(3);

        ExportRun third = exports.export(null, List.of(), SECOND_EXPORT.plusHours(1));
        assertThat(third.files()).isEmpty();
        assertThat(third.withdrawals()).isEmpty();
        assertThat(third.withheld()).isZero();
    }

    @Test
    void shouldSendAReferralMovedBackAgainToThePartnerThatWasToldToDropIt() throws Exception {
        seedFirstWave();
        exports.export(null, List.of(), FIRST_EXPORT);
        partnerContacted("VP1-000004", "ML-A");
        directory.importFile(Files.writeString(files.resolve("annuaire-2.csv"), AFTER, StandardCharsets.UTF_8));
        exports.export(null, List.of(), SECOND_EXPORT);

        PartnerDirectoryService.DirectoryImport back =
                directory.importFile(Files.writeString(files.resolve("annuaire-3.csv"), BEFORE, StandardCharsets.UTF_8));
        ExportRun run = exports.export(null, List.of(), SECOND_EXPORT.plusDays(1));

        assertThat(back.rerouting()).isEqualTo(new Rerouting(2, 2, 0, Map.of("ML-B → ML-A", 2)));
        assertThat(run.files()).extracting(ExportedFile::partnerId, ExportedFile::rows, ExportedFile::rerouted)
                .containsExactly(tuple("ML-A", 2, 2));
        assertThat(Files.readAllLines(run.files().get(0).file(), StandardCharsets.UTF_8).subList(1, 3))
                .extracting(line -> line.substring(0, line.indexOf(';'))).containsExactly("VP1-000001", "VP1-000002");
        assertThat(run.withdrawals()).extracting(WithdrawalFile::partnerId, WithdrawalFile::rows)
                .containsExactly(tuple("ML-B", 2));
        assertThat(exports.export(null, List.of(), SECOND_EXPORT.plusDays(2)).files()).isEmpty();
    }

    @Test
    void shouldArchiveEachFileWithAes256UnderThePartnersPassphrase() throws Exception {
        seedFirstWave();

        ExportRun run = exports.export("P1", List.of(), FIRST_EXPORT);

        ExportedFile ml = run.files().stream().filter(f -> f.partnerId().equals("ML-A")).findFirst().orElseThrow();
        assertThat(ml.archive()).isNotNull();
        assertThat(ml.archive().sha256()).isEqualTo(ExportFiles.sha256(ml.archive().file()));
        String passphrase = archives.passphrase("ML-A", directory.current());
        assertThat(passphrase).matches("[A-Z2-9]{5}(-[A-Z2-9]{5}){5}");
        assertThat(passphrase).isNotEqualTo(archives.passphrase("ML-B", directory.current()));
        try (ZipFile zip = new ZipFile(ml.archive().file().toFile(), passphrase.toCharArray())) {
            assertThat(zip.isEncrypted()).isTrue();
            List<FileHeader> entries = zip.getFileHeaders();
            assertThat(entries).extracting(FileHeader::getFileName).containsExactly(ml.file().getFileName().toString());
            assertThat(entries.get(0).getEncryptionMethod()).isEqualTo(EncryptionMethod.AES);
            assertThat(entries.get(0).getAesExtraDataRecord().getAesKeyStrength()).isEqualTo(AesKeyStrength.KEY_STRENGTH_256);
            try (InputStream in = zip.getInputStream(entries.get(0))) {
                assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(ml.file()));
            }
        }
        try (ZipFile wrong = new ZipFile(ml.archive().file().toFile(), "pas-le-bon".toCharArray());
                InputStream in = wrong.getInputStream(wrong.getFileHeaders().get(0))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> in.transferTo(new ByteArrayOutputStream()))
                    .isInstanceOf(Exception.class);
        } catch (net.lingala.zip4j.exception.ZipException expected) {
            assertThat(expected.getType()).isEqualTo(net.lingala.zip4j.exception.ZipException.Type.WRONG_PASSWORD);
        }
        assertThat(jdbc.queryForObject("SELECT empreinte_archive FROM export_partenaire WHERE id = ?", String.class,
                ml.exportId())).isEqualTo(ml.archive().sha256());
        assertThat(ml.archive().file().getParent()).isEqualTo(run.directory());
    }

    @Test
    void shouldSendPlainFilesToAPartnerTheDirectoryMarksNon() throws Exception {
        directory.importFile(Files.writeString(files.resolve("annuaire-2.csv"), AFTER, StandardCharsets.UTF_8));
        seedFirstWave();

        ExportRun run = exports.export("P1", List.of(), FIRST_EXPORT);

        assertThat(run.files()).extracting(ExportedFile::partnerId, f -> f.archive() != null).containsExactly(
                tuple("ML-A", true), tuple("ML-B", true), tuple("PRIJ-93066", false));
        assertThat(archives.encrypts("PRIJ-93066")).isFalse();
        try (var listing = Files.list(run.directory())) {
            assertThat(listing.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("PRIJ"))).containsExactly(
                    "PRIJ-93066_vague-P1_2026-07-01.csv");
        }
    }

    @Test
    void shouldTellWhereTheWaveStandsWithoutWritingAnything() {
        seedFirstWave();
        exports.export("P1", List.of(), FIRST_EXPORT);
        int journalRows = JdbcTestUtils.countRowsInTable(jdbc, "export_partenaire");

        WaveStatus status = waveStatus.status("P1", LocalDate.of(2026, 7, 2));

        assertThat(List.of(status.records(), status.youngPeople(), status.unlinkedRecords(), status.cases(),
                status.attemptsDone(), status.reached(), status.referrals(), status.sentToPartners()))
                .containsExactly(5, 5, 0, 5, 1, 1, 7, 7);
        assertThat(status.casesByStatus()).containsExactlyInAnyOrderEntriesOf(
                Map.of("INJOIGNABLE", 3, "ORIENTE_ML", 1, "EXCLU_SUIVI_PARTENAIRE", 1));
        assertThat(status.phase()).isEqualTo(WaveStatus.Phase.CLOTUREE);
        assertThat(status.closedOn()).isEqualTo(CLOSING);
        assertThat(status.callsFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(status.lastImports()).extracting(WaveStatus.LastImport::kind, WaveStatus.LastImport::name)
                .containsExactly(tuple("liste SIEI", "liste.csv"), tuple("résultats d'appels", "resultats.csv"),
                        tuple("annuaire des partenaires", "annuaire-1.csv"));
        assertThat(status.nextDailyList()).isNull();
        assertThat(waveStatus.list(LocalDate.of(2026, 7, 2))).extracting(WaveLine::waveId, WaveLine::cases, WaveLine::phase)
                .containsExactly(tuple("P1", 5, WaveStatus.Phase.CLOTUREE));
        assertThat(JdbcTestUtils.countRowsInTable(jdbc, "export_partenaire")).isEqualTo(journalRows);
    }

    private static String cut(String line, int column) {
        String[] cells = line.split(";", -1);
        return cells[column];
    }

    private static String french(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
