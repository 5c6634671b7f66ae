package fr.raccrochage.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.CallStagesTests;
import fr.raccrochage.sample.CallResultSimulator;
import fr.raccrochage.calls.CallingPeriod;
import fr.raccrochage.sample.FeedbackSampleGenerator;
import fr.raccrochage.sample.SampleRequest;
import fr.raccrochage.sample.SieiSampleGenerator;
import fr.raccrochage.ingestion.SieiFiles;
import fr.raccrochage.scheduling.NightlyService.NightSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.jdbc.JdbcTestUtils;

/**
 * The real nightly job over several simulated nights, in an H2 file database
 * ({@link NightlyJobFunctionalTests}) and on a real PostgreSQL server ({@link NightlyJobPostgresTests}).
 */
@SpringBootTest(properties = {"raccrochage.cli.actif=false", "raccrochage.nuit.vague=N1",
    "raccrochage.nuit.conservation-mois=24"})
abstract class NightlyJobTests extends CallStagesTests {

    @Autowired
    NightlyService nightly;

    @Autowired
    fr.raccrochage.core.Waves waves;

    @Autowired
    JobRepository repository;

    @Autowired
    FeedbackSampleGenerator feedbackSamples;

    @Autowired
    fr.raccrochage.partners.PartnerDirectoryService directory;

    @BeforeEach
    void emptyTables() throws Exception {
        // Each test works in waves of its own: the job repository remembers every import.
        JdbcTestUtils.deleteFromTables(jdbc, "fichier_arrivee", "purge_vague", "opposition");
        // The night routes closed waves: it needs a directory, loaded explicitly (no migration loads one).
        if (JdbcTestUtils.countRowsInTable(jdbc, "import_annuaire") == 0) {
            directory.importExample();
        }
        // A night takes files only into waves declared before (vague creer).
        for (String wave : java.util.List.of("N1", "N3", "N4", "N6", "2026-RATTRAPAGE")) {
            waves.create(fr.raccrochage.core.WaveId.of(wave));
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(home.resolve("donnees/arrivee"));
        org.springframework.util.FileSystemUtils.deleteRecursively(home.resolve("donnees/archives"));
    }

    Path inbox(String kind) {
        return home.resolve("donnees/arrivee").resolve(kind);
    }

    Path archives() {
        return home.resolve("donnees/archives");
    }

    int records(String wave) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM siei_enregistrement WHERE vague_id = ?", Integer.class, wave);
    }

    @Test
    void shouldTakeEachFileOnceOverSeveralNights() throws Exception {
        LocalDate first = LocalDate.of(2026, 1, 5);
        SieiFiles.sampleWave(inbox("siei").resolve("liste-janvier.csv"));

        NightSummary night1 = nightly.run(first);

        assertThat(records("N1")).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM siei_lien_personne WHERE vague_id = 'N1'", Integer.class))
                .as("the night resolves the identities of the new records").isEqualTo(6);
        assertThat(inbox("siei")).isEmptyDirectory();
        assertThat(archives().resolve("siei/2026-01-05/liste-janvier.csv")).exists();
        assertThat(night1.notes()).extracting(NightNote::title)
                .containsExactly("Fichiers arrivés", "Dédoublonnage", "Appels : planification et replanification",
                        "Clôture et orientation", "Appels du prochain jour d'appels", "SMS avant les appels",
                        "Exports aux partenaires", "Purge des données personnelles");
        assertThat(night1.notes().get(0).lines()).singleElement().asString()
                .contains("liste SIEI « liste-janvier.csv » pris", "vague N1", "8 lignes lues", "6 enregistrées",
                        "2 rejetées");
        // Other tests' waves hold the same young people: how many are new depends on the order.
        assertThat(night1.notes().get(1).lines()).singleElement().asString()
                .startsWith("vague N1 : 6 enregistrements rattachés, ");
        assertThat(night1.needsOperator()).as("two lines were rejected").isTrue();

        SieiFiles.sampleWave(inbox("siei").resolve("meme-liste-renommee.csv"));
        Files.write(inbox("siei").resolve("image.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1});
        Files.writeString(inbox("siei").resolve("en-cours.csv.part"), "en cours de copie");

        NightSummary night2 = nightly.run(first.plusDays(1));

        assertThat(records("N1")).as("the same content is never imported twice").isEqualTo(6);
        assertThat(archives().resolve("siei/2026-01-06/meme-liste-renommee.csv")).exists();
        assertThat(archives().resolve("refuses/siei/2026-01-06/image.csv")).exists();
        assertThat(inbox("siei")).isDirectoryContaining(p -> p.getFileName().toString().equals("en-cours.csv.part"));
        assertThat(night2.notes().get(0).lines()).anySatisfy(line -> assertThat(line)
                .startsWith("liste SIEI « image.csv » refusé :"));
        assertThat(night2.notes().get(0).lines()).anySatisfy(line -> assertThat(line)
                .contains("meme-liste-renommee.csv", "déjà reçu"));
        assertThat(night2.needsOperator()).isTrue();

        NightSummary night3 = nightly.run(first.plusDays(2));
        assertThat(night3.notes().get(0).lines()).containsExactly("aucun nouveau fichier");
        assertThat(night3.notes().get(1).lines()).containsExactly("aucun nouvel enregistrement");
        assertThat(note(night3, "Exports aux partenaires")).containsExactly("rien de nouveau à envoyer");
        assertThat(night3.needsOperator()).isFalse();
    }

    @Test
    void shouldRefuseCallResultsForAWaveThatIsNotPlannedYet() throws Exception {
        waves.create(fr.raccrochage.core.WaveId.of("N7"));
        Path results = Files.createDirectories(inbox("resultats-appels").resolve("N7")).resolve("trop-tot.csv");
        Files.writeString(results, "ID_APPEL;TENTATIVE;DATE_APPEL;NUMERO;RESULTAT;DATE_RAPPEL;SOLUTION;COMMENTAIRE;AGENT\n"
                + "VN7-000001;1;01/03/2027 10:00;06 12 00 00 01;NRP;;;;AG1\n");

        NightSummary night = nightly.run(LocalDate.of(2027, 3, 2));

        assertThat(night.notes().get(0).lines()).anySatisfy(line -> assertThat(line)
                .startsWith("résultats d'appels « trop-tot.csv » refusé :")
                .contains("La vague N7 n'est pas encore planifiée : lancez d'abord « raccrochage vague planifier "
                        + "--vague N7 --debut <date> --fin <date> »."));
        assertThat(results).doesNotExist();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fichier_recu WHERE vague_id = 'N7'", Integer.class))
                .as("nothing stored").isZero();
        assertThat(night.needsOperator()).isTrue();
    }

    static java.util.List<String> note(NightSummary summary, String title) {
        return summary.notes().stream().filter(n -> n.title().equals(title)).findFirst().orElseThrow().lines();
    }

    @Test
    void shouldRunAWaveOverSeveralNights() throws Exception {
        Path sample = home.resolve("echantillon");
        new SieiSampleGenerator().generate(new SampleRequest(150, 3, sample, LocalDate.of(2026, 5, 1)));
        Files.copy(sample.resolve("siei-en.csv"), Files.createDirectories(inbox("siei").resolve("N6")).resolve("liste.csv"));
        nightly.run(LocalDate.of(2026, 6, 1));
        planning.plan("N6", new CallingPeriod(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 5)));

        NightSummary tuesday = nightly.run(LocalDate.of(2026, 6, 2));
        Path due = home.resolve("sorties/vague-N6/appels-du-jour-2026-06-02.csv");
        assertThat(due).exists();
        assertThat(note(tuesday, "Appels du prochain jour d'appels")).singleElement().asString()
                .startsWith("vague N6 : ").contains(" le 02/06/2026 : ");

        Path results = Files.createDirectories(inbox("resultats-appels").resolve("N6")).resolve("mardi.csv");
        int attempts = new CallResultSimulator(5).simulate(due, results);
        Files.copy(sample.resolve("siei-cfa.csv"), inbox("siei").resolve("N6/mise-a-jour.csv"));
        NightSummary wednesday = nightly.run(LocalDate.of(2026, 6, 3));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM resultat_appel r JOIN dossier_appel d "
                + "ON d.id_appel = r.id_appel WHERE d.vague_id = 'N6'", Integer.class)).isEqualTo(attempts);
        assertThat(note(wednesday, "Fichiers arrivés")).anySatisfy(line -> assertThat(line)
                .startsWith("résultats d'appels « mardi.csv » pris : vague N6 : "));
        assertThat(note(wednesday, "Appels : planification et replanification")).singleElement().asString()
                .matches("vague N6 : [1-9][0-9 ]* nouveaux? dossiers? d'appel, .*")
                .as("the list update's new young people are planned the same night");
        assertThat(jdbc.queryForList("SELECT DISTINCT CAST(prevue_le AS DATE) FROM tentative_prevue t JOIN dossier_appel d "
                + "ON d.id_appel = t.id_appel WHERE d.vague_id = 'N6'", java.sql.Date.class))
                .allSatisfy(day -> assertThat(day.toLocalDate()).isAfterOrEqualTo(LocalDate.of(2026, 6, 3)));

        NightSummary saturday = nightly.run(LocalDate.of(2026, 6, 6));
        assertThat(note(saturday, "Clôture et orientation")).singleElement().asString().startsWith("vague N6 : ");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossier_appel WHERE vague_id = 'N6' AND statut = 'A_APPELER'",
                Integer.class)).as("nothing left open once the wave is closed").isZero();
        Integer routed = jdbc.queryForObject("SELECT COUNT(*) FROM orientation o JOIN dossier_appel d "
                + "ON d.id_appel = o.id_appel WHERE d.vague_id = 'N6'", Integer.class);
        assertThat(routed).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM export_ligne l JOIN dossier_appel d "
                + "ON d.id_appel = l.id_appel WHERE d.vague_id = 'N6'", Integer.class))
                .as("every referral sent the night the wave closed").isEqualTo(routed);

        Path feedbackFile = inbox("retours-partenaires").resolve("retours-juin.csv");
        assertThat(feedbackSamples.write("N6", 9, LocalDate.of(2026, 6, 10), feedbackFile)).isPositive();
        NightSummary later = nightly.run(LocalDate.of(2026, 6, 10));
        assertThat(note(later, "Fichiers arrivés")).singleElement().asString()
                .startsWith("retours de partenaires « retours-juin.csv » pris : ");
        assertThat(note(later, "Exports aux partenaires")).first().isEqualTo("rien de nouveau à envoyer");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM retour_partenaire r JOIN dossier_appel d "
                + "ON d.id_appel = r.id_appel WHERE d.vague_id = 'N6'", Integer.class)).isPositive();
    }

    @Test
    void shouldImportAFileIntoTheWaveNamedByItsFolder() {
        SieiFiles.sampleWave(inbox("siei").resolve("2026-RATTRAPAGE/liste.csv"));

        nightly.run(LocalDate.of(2026, 2, 2));

        assertThat(records("2026-RATTRAPAGE")).isEqualTo(6);
    }

    @Test
    void shouldOnlyReportANightAlreadyDone() {
        SieiFiles.sampleWave(inbox("siei").resolve("N3/liste.csv"));
        LocalDate night = LocalDate.of(2026, 3, 3);
        NightSummary done = nightly.run(night);
        SieiFiles.utf8WithBom(inbox("siei").resolve("N4/autre.csv"), SieiFiles.HEADER, "X;Y");

        NightSummary again = nightly.run(night);

        assertThat(again.alreadyDone()).isTrue();
        assertThat(again.notes()).isEqualTo(done.notes());
        assertThat(inbox("siei").resolve("N4/autre.csv")).as("nothing runs in a night already done").exists();
    }

    @Test
    void shouldStartANightLeftWithAnInstanceButNoExecution() {
        LocalDate night = LocalDate.of(2026, 4, 4);
        // What a process killed between the repository's two start-up transactions leaves behind.
        repository.createJobInstance("nuitJob", new JobParametersBuilder().addLocalDate("nuit", night).toJobParameters());

        NightSummary summary = nightly.run(night);

        assertThat(summary.alreadyDone()).isFalse();
        assertThat(summary.notes()).hasSize(8);
    }

    @Test
    void shouldEraseWavesPastTheRetentionButKeepOppositions() throws Exception {
        imports.importFile("ANCIENNE", imports.inspect(SieiFiles.sampleWave(home.resolve("ancienne.csv"))),
                LocalDate.of(2023, 9, 1));
        identity.resolve("ANCIENNE");
        jdbc.update("UPDATE vague SET cree_le = TIMESTAMP '2023-09-01 10:00:00' WHERE id = 'ANCIENNE'");
        Long opposed = jdbc.queryForObject("""
                SELECT l.personne_id FROM siei_lien_personne l JOIN siei_enregistrement e
                  ON e.fichier_id = l.fichier_id AND e.ligne = l.ligne WHERE e.nom = 'Martin'""", Long.class);
        jdbc.update("INSERT INTO opposition (personne_id, depuis, origine) VALUES (?, DATE '2023-10-01', 'test')", opposed);
        Path waveOutputs = home.resolve("sorties/vague-ANCIENNE");
        Files.createDirectories(waveOutputs.resolve("rapport"));
        Files.writeString(waveOutputs.resolve("feuille-appels.csv"), "ID_APPEL;NOM");
        Files.writeString(waveOutputs.resolve("rapport/rapport.html"), "<html></html>");
        Path oldExport = Files.createDirectories(home.resolve("sorties/exports/20231015-020000"));
        Files.writeString(oldExport.resolve("ML-1_vague-ANCIENNE_2023-10-15.csv"), "id_appel;nom");
        Path recentExport = Files.createDirectories(home.resolve("sorties/exports/20260915-020000"));
        Files.writeString(recentExport.resolve("ML-1_vague-RECENTE_2026-09-15.csv"), "id_appel;nom");

        NightSummary night = nightly.run(LocalDate.of(2026, 10, 1));

        assertThat(jdbc.queryForList("SELECT nom, prenom, ine, tel_jeune, resp1_nom, CAST(date_naissance AS VARCHAR(10)) d "
                + "FROM siei_enregistrement WHERE vague_id = 'ANCIENNE' ORDER BY ligne"))
                .hasSize(6)
                .allSatisfy(row -> assertThat(row).containsEntry("TEL_JEUNE", null).containsEntry("RESP1_NOM", null))
                .anySatisfy(row -> assertThat(row).containsEntry("NOM", "Martin").containsEntry("PRENOM", "Hélène")
                        .containsEntry("D", "2008-03-12"))
                .filteredOn(row -> !"Martin".equals(row.get("NOM")))
                .allSatisfy(row -> assertThat(row).containsEntry("NOM", "").containsEntry("INE", null)
                        .hasEntrySatisfying("D", d -> assertThat((String) d).endsWith("-01-01")));
        assertThat(waveOutputs.resolve("feuille-appels.csv")).doesNotExist();
        assertThat(waveOutputs.resolve("rapport/rapport.html")).exists();
        assertThat(oldExport).doesNotExist();
        assertThat(recentExport.resolve("ML-1_vague-RECENTE_2026-09-15.csv")).exists();
        assertThat(note(night, "Purge des données personnelles")).singleElement().asString()
                .contains("vagues ANCIENNE", "5 enregistrements anonymisés", "1 opposition conservée", "3 fichiers supprimés");
        assertThat(jdbc.queryForList("SELECT * FROM opposition")).hasSize(1);

        NightSummary next = nightly.run(LocalDate.of(2026, 10, 2));
        assertThat(note(next, "Purge des données personnelles")).singleElement().asString().startsWith("rien à effacer");
    }

    @Test
    void shouldEmptyTheRejectedLinesOfSmsReturnsAndDeleteOldRejectFilesOfListsWithoutAWave(
            @Autowired fr.raccrochage.sms.SmsReturnImportService smsReturns) throws Exception {
        for (String name : List.of("ancien", "recent")) {
            Path returns = Files.writeString(home.resolve("retours-" + name + ".csv"),
                    "REFERENCE;NUMERO;TYPE;STATUT;DATE;TEXTE\nR-" + name + ";33612000001;INCONNU;;2023-10-01 10:00;\n");
            smsReturns.importFile(smsReturns.inspect(returns), LocalDateTime.of(2026, 9, 20, 12, 0));
        }
        jdbc.update("UPDATE fichier_recu SET debut = TIMESTAMP '2023-10-01 12:00:00' WHERE nom = 'retours-ancien.csv'");
        Path rejects = home.resolve("sorties/sms-retours/rejets");
        Path oldRejects = rejects.resolve("retours-ancien.rejets.csv");
        Files.setLastModifiedTime(oldRejects, FileTime.from(Instant.parse("2023-10-01T12:00:00Z")));
        Path oldKnownRejects = Files.writeString(Files.createDirectories(home.resolve("sorties/connus/rejets"))
                .resolve("connus-2023.rejets.csv"), "ligne;motif;contenu\n2;nom absent;;Léo;12/03/2008\n");
        Files.setLastModifiedTime(oldKnownRejects, FileTime.from(Instant.parse("2023-10-01T12:00:00Z")));
        Path feedback = Files.createDirectories(home.resolve("sorties/retours"));
        Path oldFeedbackRejects = Files.writeString(feedback.resolve("retours-ml-2023.rejets.csv"),
                "ligne;motif;contenu\n2;dossier inconnu;A-9;Léo;EN_SUIVI\n");
        Files.setLastModifiedTime(oldFeedbackRejects, FileTime.from(Instant.parse("2023-10-01T12:00:00Z")));
        Path oldOtherFile = Files.writeString(feedback.resolve("notes.txt"), "pas un fichier de rejets\n");
        Files.setLastModifiedTime(oldOtherFile, FileTime.from(Instant.parse("2023-10-01T12:00:00Z")));

        nightly.run(LocalDate.of(2026, 10, 5));

        assertThat(oldRejects).doesNotExist();
        assertThat(oldKnownRejects).doesNotExist();
        assertThat(oldFeedbackRejects).doesNotExist();
        assertThat(oldOtherFile).exists();
        assertThat(rejects.resolve("retours-recent.rejets.csv")).exists();

        assertThat(jdbc.queryForList("""
                SELECT f.nom || ':' || r.contenu FROM ligne_rejetee r JOIN fichier_recu f ON f.id = r.fichier_id
                WHERE f.type = 'SMS_RETOURS' ORDER BY f.nom""", String.class))
                .containsExactly("retours-ancien.csv:", "retours-recent.csv:R-recent;33612000001;INCONNU;;2023-10-01 10:00;");
    }

    @Test
    void shouldKeepWavesWithinTheRetention() {
        imports.importFile("RECENTE", imports.inspect(SieiFiles.sampleWave(home.resolve("recente.csv"))),
                LocalDate.of(2026, 9, 1));

        nightly.run(LocalDate.of(2026, 10, 3));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM siei_enregistrement WHERE vague_id = 'RECENTE' AND nom = ''",
                Integer.class)).isZero();
        assertThat(jdbc.queryForList("SELECT vague_id FROM purge_vague", String.class)).doesNotContain("RECENTE");
    }
}
