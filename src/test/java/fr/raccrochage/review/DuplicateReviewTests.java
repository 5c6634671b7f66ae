package fr.raccrochage.review;

import static fr.raccrochage.core.inbound.InboundKind.SIEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.raccrochage.ReceivedFilesTables;
import fr.raccrochage.TestDatabase;
import fr.raccrochage.calls.CallPlanningService;
import fr.raccrochage.calls.CallingPeriod;
import fr.raccrochage.core.inbound.FileRefusedException;
import fr.raccrochage.core.privacy.OperatorJournal.Channel;
import fr.raccrochage.core.privacy.OppositionSource;
import fr.raccrochage.core.privacy.Oppositions;
import fr.raccrochage.identity.IdentityService;
import fr.raccrochage.ingestion.SieiFiles;
import fr.raccrochage.ingestion.SieiImportService;
import fr.raccrochage.review.DuplicateReviewService.DecisionSummary;
import fr.raccrochage.review.DuplicateReviewService.ListSummary;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * {@code doublons a-verifier} and {@code doublons decider} on a real database, after the real
 * import, identity and planning stages: H2 ({@link DuplicateReviewFunctionalTests}) and PostgreSQL
 * ({@link DuplicateReviewPostgresTests}).
 *
 * <p>Wave W0: Mia Dupont, who objected. Wave W1, planned: two records of Léa Martin (same names and
 * birth date, two phones, two addresses: homonyms or not, the engine cannot tell), and another Mia
 * Dupont born the same day living elsewhere, who inherits a precautionary opposition.
 */
@SpringBootTest(properties = {"raccrochage.cli.actif=false", "raccrochage.appels.capacite-journaliere=50"})
abstract class DuplicateReviewTests {

    static final LocalDate REFERENCE = LocalDate.of(2026, 9, 1);
    static final CallingPeriod PERIOD = new CallingPeriod(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 26));
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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
    CallPlanningService planning;

    @Autowired
    DuplicateReviewService review;

    @Autowired
    Oppositions oppositions;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path files;

    @BeforeEach
    void emptyTables() {
        JdbcTestUtils.deleteFromTables(jdbc, "journal_operateur", "fusion_ligne", "fusion_personne",
                "decision_doublon", "resultat_appel", "tentative_prevue", "numero_appel", "dossier_appel",
                "capacite_appels", "opposition", "cas_connu_a_verifier", "cas_connu", "doublon_possible",
                "siei_lien_personne", "personne", "siei_enregistrement");
        ReceivedFilesTables.delete(jdbc, SIEI);
    }

    static String row(String last, String first, String born, String sex, String phone, String address,
            String postcode, String commune) {
        return ("%s;%s;%s;%s;%s;;%s;%s;%s" + ";".repeat(12) + "EN").formatted(last, first, born, sex, phone, address, postcode,
                commune);
    }

    long person(String wave, int line) {
        return jdbc.queryForObject("SELECT personne_id FROM siei_lien_personne WHERE vague_id = ? AND ligne = ?",
                Long.class, wave, line);
    }

    String w0;
    String w1;

    /** W0 resolved and Mia Dupont opposed; W1 resolved and planned (wave ids unique to the test). */
    void prepare(String tag) {
        w0 = tag + "0";
        w1 = tag + "1";
        Path w0 = SieiFiles.utf8WithBom(files.resolve("w0.csv"), header(),
                row("Dupont", "Mia", "03/03/2007", "F", "0611111111", "1 rue de la Paix", "75011", "PARIS"));
        imports.importFile(this.w0, imports.inspect(w0), REFERENCE);
        assertThat(jdbc.queryForList("SELECT motif FROM " + ReceivedFilesTables.rejects(SIEI), String.class)).isEmpty();
        identity.resolve(this.w0);
        oppositions.oppose(person(this.w0, 2), OppositionSource.JEUNE, "liste connus oppositions.csv ligne 2");
        Path w1 = SieiFiles.utf8WithBom(files.resolve("w1.csv"), header(),
                row("Martin", "Léa", "01/02/2008", "F", "0612345603", "5 rue Jean Jaurès", "93200", "SAINT DENIS"),
                row("MARTIN", "LEA", "01/02/2008", "F", "0699999999", "40 avenue Foch", "95000", "CERGY"),
                row("DUPONT", "Mia", "03/03/2007", "F", "0622222222", "9 rue Pasteur", "94000", "CRETEIL"),
                row("Bernard", "Hugo", "03/03/2007", "M", "0633333333", "2 rue Voltaire", "93200", "SAINT DENIS"));
        imports.importFile(this.w1, imports.inspect(w1), REFERENCE);
        identity.resolve(this.w1);
        planning.plan(this.w1, PERIOD);
    }

    static String header() {
        return "NOM;PRENOM;DATE_NAISSANCE;SEXE;TEL_JEUNE;EMAIL_JEUNE;ADRESSE;CODE_POSTAL;COMMUNE;"
                + SieiFiles.HEADER.substring(SieiFiles.HEADER.indexOf("CODE_COMMUNE"));
    }

    /** The review list with a decision filled in for each pair (by the first side's last name). */
    Path decided(String martin, String dupont) throws Exception {
        Path list = files.resolve("a-verifier.csv");
        review.writeList(w1, list);
        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        List<String> filled = new ArrayList<>();
        filled.add(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String decision = line.toUpperCase().contains("MARTIN") ? martin : dupont;
            filled.add(line.replaceFirst(";;", ";" + decision + ";"));
        }
        Path file = files.resolve("decisions.csv");
        Files.write(file, filled, StandardCharsets.UTF_8);
        return file;
    }

    int plannedAttempts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM tentative_prevue", Integer.class);
    }

    int capacityUsed() {
        return jdbc.queryForObject("SELECT COALESCE(SUM(prevues), 0) FROM capacite_appels", Integer.class);
    }

    @Test
    void shouldListEveryPendingPairWithBothRecordsAndTheFieldsContributions() throws Exception {
        prepare("L");
        Path list = files.resolve("liste.csv");

        ListSummary summary = review.writeList(w1, list);

        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        assertThat(summary.pairs()).isEqualTo(2).isEqualTo(review.pendingCount(w1));
        assertThat(lines.get(0)).startsWith("\uFEFFpaire;decision;suggestion;score;jeune_a;source_a;fichier_a;ligne_a;")
                .contains(";points_nom;points_prenom;points_date_naissance;", ";points_adresse;points_commune;explication");
        assertThat(lines).hasSize(3);
        String martin = lines.stream().filter(l -> l.contains("Martin")).findFirst().orElseThrow();
        String dupont = lines.stream().filter(l -> l.contains("Dupont")).findFirst().orElseThrow();
        assertThat(martin).contains("w1.csv;2;L1;Martin;Léa;01/02/2008;5 rue Jean Jaurès;93200",
                "w1.csv;3;L1;MARTIN;LEA;01/02/2008;40 avenue Foch;95000")
                .contains("date de naissance +7,0", "adresse −2,0").matches("D-\\d+-2-\\d+-3;;.*");
        assertThat(dupont).contains("w0.csv;2;L0;Dupont;Mia", "w1.csv;4;L1;DUPONT;Mia", ";'+33622222222;");
        assertThat(jdbc.queryForMap("SELECT nature, origine FROM opposition WHERE personne_id = ?", person(w1, 4)))
                .containsEntry("NATURE", "PRECAUTION").hasEntrySatisfying("ORIGINE",
                        origin -> assertThat((String) origin).contains("rapprochement à vérifier"));
    }

    @Test
    void shouldMergeInsideAPlannedWaveAndLiftAPrecautionaryOpposition() throws Exception {
        prepare("M");
        long lea = person(w1, 2);
        long other = person(w1, 3);
        String absorbedCase = jdbc.queryForObject("SELECT id_appel FROM dossier_appel WHERE personne_id = ?",
                String.class, other);
        assertThat(capacityUsed()).isEqualTo(plannedAttempts());

        DecisionSummary summary = review.decide(decided("MEME", "DIFFERENT"), "agent.test", Channel.CLI);

        assertThat(summary.same()).isEqualTo(1);
        assertThat(summary.different()).isEqualTo(1);
        assertThat(summary.rejected()).isEmpty();
        assertThat(summary.precautionsLifted()).isEqualTo(1);
        assertThat(person(w1, 3)).isEqualTo(lea);
        // one case for Léa, with both numbers; the other case closed as a duplicate, its attempts given back
        String kept = jdbc.queryForObject("SELECT id_appel FROM dossier_appel WHERE personne_id = ? AND vague_id = ?",
                String.class, lea, w1);
        assertThat(jdbc.queryForList("SELECT numero FROM numero_appel WHERE id_appel = ? ORDER BY numero", String.class,
                kept)).containsExactly("+33612345603", "+33699999999");
        assertThat(jdbc.queryForMap("SELECT statut, exclusion FROM dossier_appel WHERE id_appel = ?", absorbedCase))
                .containsValues("EXCLU", "DOUBLON");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tentative_prevue WHERE id_appel = ?", Integer.class,
                absorbedCase)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tentative_prevue WHERE id_appel = ?", Integer.class,
                kept)).isEqualTo(10);
        assertThat(capacityUsed()).isEqualTo(plannedAttempts());
        // the homonym of the opposed young person is no longer barred; the opposed one still is
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM opposition WHERE personne_id = ?", Integer.class,
                person(w1, 4))).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM opposition WHERE personne_id = ?", Integer.class,
                person(w0, 2))).isOne();
        assertThat(jdbc.queryForList("SELECT action FROM journal_operateur ORDER BY id", String.class))
                .containsExactlyInAnyOrder("DOUBLON_MEME", "DOUBLON_DIFFERENT", "OPPOSITION_PRECAUTION_LEVEE");
        assertThat(jdbc.queryForObject("SELECT operateur FROM journal_operateur WHERE action = 'DOUBLON_MEME'",
                String.class)).isEqualTo("agent.test");
        // settled pairs are never proposed again
        assertThat(review.pendingCount(w1)).isZero();
        identity.resolve(w1);
        assertThat(review.pendingCount(w1)).isZero();
    }

    /**
     * Mia Dupont of Créteil holds a precaution (she may be the Mia Dupont who objected), then objects
     * herself: deciding that the two are different people lifts nothing, she stays opposed.
     */
    @Test
    void shouldKeepARealObjectionOnAYoungPersonWhoHeldAPrecautionWhenThePairIsDecidedDifferent() throws Exception {
        prepare("O");
        long mia = person(w1, 4);
        assertThat(oppositions.kind(mia)).contains(Oppositions.Kind.PRECAUTION);

        Oppositions.Outcome real = oppositions.oppose(mia, OppositionSource.JEUNE, "appel du 02/02/2027");

        assertThat(real.recorded()).isTrue();
        assertThat(oppositions.kind(mia)).contains(Oppositions.Kind.REELLE);
        // a precaution never replaces a real objection
        assertThat(oppositions.oppose(mia, OppositionSource.AUTRE, "x (rapprochement à vérifier)",
                REFERENCE, Oppositions.Kind.PRECAUTION).recorded()).isFalse();

        DecisionSummary summary = review.decide(decided("", "DIFFERENT"), "agent.test", Channel.CLI);

        assertThat(summary.different()).isEqualTo(1);
        assertThat(summary.precautionsLifted()).isZero();
        assertThat(oppositions.liftPrecaution(mia)).isFalse();
        assertThat(jdbc.queryForMap("SELECT nature, origine FROM opposition WHERE personne_id = ?", mia))
                .containsValues("REELLE", "appel du 02/02/2027");
        assertThat(jdbc.queryForList("SELECT action FROM journal_operateur ORDER BY id", String.class))
                .containsExactly("DOUBLON_DIFFERENT");
    }

    @Test
    void shouldChangeNothingWhenTheSameFileIsDecidedAgainAndUndoAMergeWhenDecidedOtherwise() throws Exception {
        prepare("U");
        long other = person(w1, 3);
        Path file = decided("MEME", "");
        review.decide(file, "agent.test", Channel.CLI);

        DecisionSummary again = review.decide(file, "agent.test", Channel.CLI);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.same()).isZero();
        assertThat(again.pending()).isEqualTo(1);

        Path undo = files.resolve("annuler.csv");
        Files.writeString(undo, Files.readString(file).replace(";MEME;", ";DIFFERENT;"), StandardCharsets.UTF_8);
        DecisionSummary undone = review.decide(undo, "agent.test", Channel.CLI);

        assertThat(undone.undone()).isEqualTo(1);
        assertThat(person(w1, 3)).isEqualTo(other);
        assertThat(jdbc.queryForObject("SELECT statut FROM dossier_appel WHERE personne_id = ? AND vague_id = ?",
                String.class, other, w1)).isEqualTo("A_APPELER");
        assertThat(capacityUsed()).isEqualTo(plannedAttempts());
        assertThat(review.pendingCount(w1)).isEqualTo(1);
    }

    @Test
    void shouldRejectBadLinesOfAFileEditedInASpreadsheet() throws Exception {
        prepare("R");
        Path list = files.resolve("liste.csv");
        review.writeList(w1, list);
        String martin = Files.readAllLines(list, StandardCharsets.UTF_8).get(1).split(";")[0];
        Path edited = files.resolve("tableur.csv");
        Files.writeString(edited, String.join("\r\n", "Décision,Commentaire,Paire",
                "même,vu au téléphone," + martin,
                "peut-être,,D-1-2-3-4",
                "MEME,,D-999-2-999-3",
                "DIFFERENT,,pas une paire",
                "DIFFERENT,doublon dans le fichier," + martin,
                ",,"), WINDOWS_1252);

        DecisionSummary summary = review.decide(edited, "agent.test", Channel.CLI);

        assertThat(summary.same()).isEqualTo(1);
        assertThat(summary.rejected()).extracting(r -> r.line() + " " + r.reason()).containsExactly(
                "3 décision « peut-être » inconnue : MEME, DIFFERENT ou vide attendu",
                "4 paire D-999-2-999-3 inconnue : elle n'existe pas ou plus (fichier d'une autre base ?)",
                "5 paire « pas une paire » illisible",
                "6 paire " + martin + " déjà décidée ligne 2 de ce fichier");
        assertThatThrownBy(() -> review.decide(files.resolve("absent.csv"), "x", Channel.CLI))
                .isInstanceOf(FileRefusedException.class);
        Path noColumns = files.resolve("colonnes.csv");
        Files.writeString(noColumns, "a;b\n1;2\n");
        assertThatThrownBy(() -> review.decide(noColumns, "x", Channel.CLI)).isInstanceOf(FileRefusedException.class)
                .hasMessageContaining("n'a pas les colonnes « paire » et « decision »");
    }
}
