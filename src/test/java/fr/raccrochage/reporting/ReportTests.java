package fr.raccrochage.reporting;

import static fr.raccrochage.core.inbound.InboundKind.RESULTATS_APPELS;
import static fr.raccrochage.core.inbound.InboundKind.RETOURS_PARTENAIRES;
import static fr.raccrochage.core.inbound.InboundKind.SIEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.raccrochage.DatabaseTests;
import fr.raccrochage.ReceivedFilesTables;
import fr.raccrochage.reporting.ReportService.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.jdbc.JdbcTestUtils;

/**
 * The wave and annual reports on small waves seeded straight into the stages' tables, whose
 * figures are computed by hand in the comments of {@code vagues-calculees-a-la-main.sql} and
 * below; on H2 ({@link ReportFunctionalTests}) and PostgreSQL ({@link ReportPostgresTests}).
 */
@SpringBootTest(properties = "raccrochage.cli.actif=false")
abstract class ReportTests extends DatabaseTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    static final String NNBSP = "\u202F";

    @Autowired
    ReportService reports;

    @Autowired
    fr.raccrochage.partners.FeedbackReportService feedback;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void seedWaves() {
        JdbcTestUtils.deleteFromTables(jdbc, "retour_partenaire", "orientation", "orientation_region", "export_ligne",
                "export_partenaire", "resultat_appel", "tentative_prevue", "numero_appel", "dossier_appel", "doublon_possible",
                "siei_lien_personne", "personne", "siei_enregistrement");
        ReceivedFilesTables.delete(jdbc, RETOURS_PARTENAIRES, RESULTATS_APPELS, SIEI);
        JdbcTestUtils.deleteFromTables(jdbc, "partenaire_commune", "vague");
        new ResourceDatabasePopulator(new ClassPathResource("fr/raccrochage/reporting/vagues-calculees-a-la-main.sql"))
                .execute(dataSource);
    }

    static List<String> csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFF");
        lines.set(0, lines.get(0).substring(1));
        return lines;
    }

    @Test
    void shouldGatherTheYoungPeopleLivingOutsideTheRegionInOneRow() throws IOException {
        // Lyon and Marseille: two départements of other regions, one row "hors région"
        jdbc.update("UPDATE siei_enregistrement SET code_insee_residence = '69123' WHERE vague_id = 'R-2026-1' "
                + "AND code_insee_residence LIKE '77%'");
        jdbc.update("UPDATE siei_enregistrement SET code_insee_residence = '13055' WHERE vague_id = 'R-2026-1' "
                + "AND code_insee_residence LIKE '94%'");

        reports.writeWave("R-2026-1", AS_OF);

        assertThat(csv(home.resolve("sorties/vague-R-2026-1/rapport/issues-par-departement.csv")))
                .contains("hors-region;0;2;0;0;0;0;0;0;0;0;2")
                .noneMatch(line -> line.startsWith("69;") || line.startsWith("13;") || line.startsWith("77;"));
    }

    @Test
    void shouldGiveThePartnersFeedbackTheSameFiguresInTheBilanItsCsvAndTheReport() throws IOException {
        java.util.List<fr.raccrochage.partners.PartnerFigures> bilan = feedback.figures("R-2026-1");
        fr.raccrochage.partners.PartnerFigures total = bilan.get(bilan.size() - 1);
        Path bilanCsv = feedback.writeFigures("R-2026-1", bilan);
        ReportFiles files = reports.writeWave("R-2026-1", AS_OF);

        // What retours bilan prints (its TOTAL line) comes from these figures: 5 young people sent, 3 contacted...
        assertThat(List.of(total.partnerId() == null, total.sent(), total.contacted(), total.supported(), total.positiveExits()))
                .containsExactly(true, 5, 3, 2, 1);
        assertThat(csv(bilanCsv)).contains("R-2026-1;TOTAL;;;5;3;3;60,0;2;66,7;1;33,3;0;0");
        assertThat(csv(files.directory().resolve("retours-partenaires.csv"))).contains("ENSEMBLE;5;3;2;1;60,0;66,7;33,3");
        assertThat(Files.readString(files.html(), StandardCharsets.UTF_8)).contains(
                "<tr><td>Ensemble</td><td>5</td><td>3</td><td>2</td><td>1</td><td>60,0\u202F%</td><td>66,7\u202F%</td>"
                        + "<td>33,3\u202F%</td></tr>");
    }

    @Test
    void shouldWriteTheFiguresOfAWaveAsComputedByHand() throws IOException {
        ReportFiles files = reports.writeWave("R-2026-1", AS_OF);

        Path dir = home.resolve("sorties/vague-R-2026-1/rapport");
        assertThat(files.directory()).isEqualTo(dir);
        assertThat(files.html()).isEqualTo(dir.resolve("rapport-vague-R-2026-1.html"));
        assertThat(List.of(files.persons(), files.called(), files.reached())).containsExactly(9L, 7L, 6L);
        // 10 records, 9 people (P1 twice), 7 called (not C4 without a number, not C6 excluded), 6 reached (not C3)
        assertThat(csv(dir.resolve("entonnoir.csv"))).containsExactly(
                "etape;nombre;taux_etape_precedente_pct",
                "Enregistrements SIEI;10;",
                "Jeunes distincts;9;90,0",
                "Jeunes appelés;7;77,8",
                "Jeunes joints;6;85,7",
                "Issue obtenue au téléphone;6;100,0");
        assertThat(csv(dir.resolve("issues.csv"))).containsExactly(
                "issue;libelle;dossiers;part_pct",
                "EN_SOLUTION;En solution;1;11,1",
                "ORIENTE_ML;Mise en relation mission locale;3;33,3",
                "ORIENTE_CIO;Mise en relation CIO;1;11,1",
                "REFUS;Refus;1;11,1",
                "OPPOSITION;Opposition;0;0,0",
                "DEMENAGE;Déménagé hors région;0;0,0",
                "INJOIGNABLE;Injoignable après les tentatives;1;11,1",
                "SANS_NUMERO;Sans numéro utilisable;1;11,1",
                "EXCLU;Exclu (déjà connu, opposition);1;11,1",
                "A_APPELER;Appels en cours;0;0,0");
        // département of each young person's first record with a residence; P4 has none
        assertThat(csv(dir.resolve("issues-par-departement.csv"))).containsExactly(
                "departement;en_solution;oriente_ml;oriente_cio;refus;opposition;demenage;injoignable;sans_numero;exclu;a_appeler;total",
                "75;0;1;0;0;0;0;0;0;1;0;2",
                "77;0;1;0;0;0;0;0;0;0;0;1",
                "93;1;0;1;1;0;0;0;0;0;0;3",
                "94;0;1;0;0;0;0;0;0;0;0;1",
                "95;0;0;0;0;0;0;1;0;0;0;1",
                "inconnu;0;0;0;0;0;0;0;1;0;0;1");
        // 11 attempts, 7 reaching someone (RAPPEL counts: someone answered)
        assertThat(csv(dir.resolve("taux-de-contact.csv"))).containsExactly(
                "axe;valeur;tentatives;contacts;taux_contact_pct",
                "tentative;1;7;5;71,4",
                "tentative;2;3;2;66,7",
                "tentative;3;1;0;0,0",
                "jour;lundi;3;1;33,3",
                "jour;mardi;2;1;50,0",
                "jour;mercredi;2;2;100,0",
                "jour;jeudi;1;1;100,0",
                "jour;vendredi;2;2;100,0",
                "jour;samedi;1;0;0,0",
                "creneau;MATIN;4;3;75,0",
                "creneau;MIDI;1;0;0,0",
                "creneau;APRES_MIDI;2;2;100,0",
                "creneau;SOIREE;2;2;100,0",
                "creneau;SAMEDI;1;0;0,0",
                "creneau;HORS_CRENEAU;1;0;0,0");
        // referrals on 1 March: Paris answered in time, the CIO late, Melun overdue, Créteil still has time
        assertThat(csv(dir.resolve("partenaires.csv"))).containsExactly(
                "partenaire_id;type;nom;injoignable;oriente_ml;oriente_cio;rappel_demande;suivi;total;"
                        + "mises_en_relation_avec_delai;traitees_sous_15_jours;traitees_apres_15_jours;"
                        + "sans_retour_delai_depasse;sans_retour_delai_en_cours;taux_sous_15_jours_pct",
                "T-CIO-93;CIO;CIO de Saint-Denis;0;0;1;0;0;1;1;0;1;0;0;0,0",
                "T-ML-77;MISSION_LOCALE;Mission locale de Melun;0;1;0;0;0;1;1;0;0;1;0;0,0",
                "T-ML-94;MISSION_LOCALE;Mission locale de Créteil;0;1;0;0;0;1;1;0;0;0;1;0,0",
                "T-ML-CERGY;MISSION_LOCALE;Mission locale de Cergy;1;0;0;0;0;1;0;0;0;0;0;",
                "T-ML-PARIS;MISSION_LOCALE;Mission locale de Paris;0;1;0;0;0;1;1;1;0;0;0;100,0",
                "T-PRIJ-95;PRIJ;Groupe PRIJ du Val-d'Oise;1;0;0;0;0;1;0;0;0;0;0;");
        // C3 sent to two partners counts once; the PRIJ's INJOIGNABLE feedback is not a contact
        assertThat(csv(dir.resolve("retours-partenaires.csv"))).containsExactly(
                "motif;envoyes;contactes;accompagnes;sorties_positives;taux_contact_pct;taux_accompagnement_pct;"
                        + "taux_sortie_positive_pct",
                "INJOIGNABLE;1;1;1;1;100,0;100,0;100,0",
                "ORIENTE_ML;3;1;1;0;33,3;100,0;0,0",
                "ORIENTE_CIO;1;1;0;0;100,0;0,0;0,0",
                "ENSEMBLE;5;3;2;1;60,0;66,7;33,3");
        // the waves up to this one, by start of calls: R-2025-4 was created in 2025 but called in January 2026
        assertThat(csv(dir.resolve("tendance.csv"))).containsExactly(
                "vague;debut;appeles;joints;contact_pct;en_solution_pct;mise_en_relation_pct;injoignable_pct;"
                        + "contact_partenaires_pct",
                "R-2025-3;15/09/2025;1;0;0,0;;;100,0;",
                "R-2025-4;05/01/2026;2;1;50,0;100,0;0,0;50,0;",
                "R-2026-1;02/02/2026;7;6;85,7;16,7;66,7;25,0;60,0");
        assertThat(files.csv()).hasSize(7).allSatisfy(f -> assertThat(f).startsWith(dir).exists());
    }

    @Test
    void shouldWriteOneSelfContainedPageWithFrenchNumbers() throws IOException {
        String html = Files.readString(reports.writeWave("R-2026-1", AS_OF).html(), StandardCharsets.UTF_8);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">", "Vague R-2026-1",
                "début 2 février 2026", "chiffres au 1 mars 2026");
        // key figures and tables, the French way
        assertThat(html).contains("85,7" + NNBSP + "%", "taux de contact", "16,7" + NNBSP + "%", "66,7" + NNBSP + "%",
                "25,0" + NNBSP + "%", ">93 Seine-Saint-Denis<", ">Commune inconnue<", ">Soirée (17 h – 20 h)<",
                ">Hors créneaux<", ">Groupe PRIJ du Val-d&#39;Oise<", "1 sur 4 mises en relation");
        // one chart per section, drawn on the server
        assertThat(html.split("<svg ", -1)).hasSize(11);
        assertThat(html).contains("class=\"graphique courbes\"", "class=\"graphique empile\"", "<polyline");
        // nothing fetched from anywhere: no link, script source, image or external URL
        assertThat(html).doesNotContain("http://", "https://", "<script", "<link", "<img", "@import");
    }

    @Test
    void shouldEscapeWhatComesFromTheData() throws IOException {
        jdbc.update("UPDATE partenaire_commune SET nom = ? WHERE partenaire_id = 'T-ML-77'", "<script>alert(1)</script>");

        String html = Files.readString(reports.writeWave("R-2026-1", AS_OF).html(), StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void shouldAddUpTheYearsWavesAndCountEachYoungPersonOnce() throws IOException {
        assertThat(reports.wavesOf(2026)).containsExactly("R-2025-4", "R-2026-1", "R-2026-2");
        assertThat(reports.wavesOf(2025)).containsExactly("R-2025-3");

        ReportFiles files = reports.writeYear(2026, AS_OF);

        Path dir = home.resolve("sorties/rapport-annuel-2026");
        assertThat(files.html()).isEqualTo(dir.resolve("rapport-2026.html"));
        assertThat(files.waves()).isEqualTo(3);
        // 2 + 10 + 1 records; P1 is in R-2025-4 and R-2026-1: 11 distinct people
        assertThat(csv(dir.resolve("entonnoir.csv"))).containsExactly(
                "etape;nombre;taux_etape_precedente_pct",
                "Enregistrements SIEI;13;",
                "Jeunes distincts;11;84,6",
                "Jeunes appelés;9;81,8",
                "Jeunes joints;7;77,8",
                "Issue obtenue au téléphone;7;100,0");
        assertThat(csv(dir.resolve("issues.csv"))).contains("EN_SOLUTION;En solution;2;18,2",
                "INJOIGNABLE;Injoignable après les tentatives;2;18,2");
        assertThat(csv(dir.resolve("issues-par-departement.csv"))).contains(
                "92;0;0;0;0;0;0;1;0;0;0;1", "93;2;0;1;1;0;0;0;0;0;0;4");
        assertThat(csv(dir.resolve("taux-de-contact.csv"))).contains("tentative;1;9;6;66,7", "jour;lundi;4;2;50,0",
                "creneau;MIDI;2;0;0,0");
        assertThat(csv(dir.resolve("tendance.csv"))).containsExactly(
                "vague;debut;appeles;joints;contact_pct;en_solution_pct;mise_en_relation_pct;injoignable_pct;"
                        + "contact_partenaires_pct",
                "R-2025-3;15/09/2025;1;0;0,0;;;100,0;",
                "R-2025-4;05/01/2026;2;1;50,0;100,0;0,0;50,0;",
                "R-2026-1;02/02/2026;7;6;85,7;16,7;66,7;25,0;60,0",
                "R-2026-2;20/03/2026;0;0;;;;;");
        String html = Files.readString(files.html(), StandardCharsets.UTF_8);
        assertThat(html).contains("Année 2026", "Vagues : R-2025-4 (début 5 janvier 2026), R-2026-1",
                "R-2026-2 (début 20 mars 2026, date de création)", "77,8" + NNBSP + "%");
    }

    @Test
    void shouldReplaceTheFilesWhenWrittenAgain() throws IOException {
        Path funnel = reports.writeWave("R-2026-1", AS_OF).directory().resolve("entonnoir.csv");
        jdbc.update("UPDATE dossier_appel SET statut = 'EN_SOLUTION' WHERE id_appel = 'VR-2026-1-000005'");

        ReportFiles again = reports.writeWave("R-2026-1", AS_OF);

        assertThat(csv(again.directory().resolve("issues.csv"))).contains("EN_SOLUTION;En solution;2;22,2", "REFUS;Refus;0;0,0");
        assertThat(csv(funnel)).hasSize(6);
        try (var listing = Files.list(again.directory())) {
            assertThat(listing.map(p -> p.getFileName().toString())).hasSize(8).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void shouldRefuseAnUnknownWaveOrAYearWithoutWaves() {
        assertThatThrownBy(() -> reports.writeWave("inconnue", AS_OF)).hasMessage("La vague « inconnue » n'existe pas.");
        assertThatThrownBy(() -> reports.writeYear(2019, AS_OF)).hasMessage("Aucune vague ne commence en 2019.");
    }
}
