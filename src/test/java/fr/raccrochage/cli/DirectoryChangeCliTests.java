package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.TestDatabase;
import fr.raccrochage.ingestion.SieiFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reproduction through the real CLI: a wave closed and exported, then Saint-Denis moved
 * from one mission locale to another; the next export sends Hélène to the new one and tells the
 * former one. Along the way, {@code vague etat} and {@code vague liste} say where the wave stands,
 * and {@code partenaires secret} gives the archives' passphrase (journaled).
 */
class DirectoryChangeCliTests {

    static final Path SAMPLE_DIRECTORY = Path.of("sample-data", "partenaires-idf-exemple.csv");

    @TempDir
    Path home;

    @Test
    void shouldRerouteToTheNewPartnerAndSendTheFormerOneAWithdrawal() throws Exception {
        Cli cli = new Cli(home);
        Path list = SieiFiles.sampleWave(home.resolve("entree/liste.csv"));
        assertThat(cli.run("partenaires", "importer", SAMPLE_DIRECTORY.toString()).exitCode()).isZero();
        // The sample list holds two lines rejected on purpose: the import says so (exit 6).
        assertThat(cli.run("siei", "importer", "--vague", "2026-4", "--date-reference", "2026-09-01", list.toString())
                .exitCode()).isEqualTo(ExitCodes.NEEDS_OPERATOR);
        assertThat(cli.run("doublons", "resoudre", "--vague", "2026-4").exitCode()).isZero();
        assertThat(cli.run("vague", "planifier", "--vague", "2026-4", "--debut", "2026-11-02", "--fin", "2026-11-06")
                .exitCode()).isZero();

        Cli.Result status = cli.run("vague", "etat", "--date", "2026-11-02");

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("Vague 2026-4 : en appels (créée le ", "), état au 02/11/2026",
                "  Enregistrements SIEI : 6 (1 liste), 2 lignes rejetées", "  Jeunes : 6\n", "  Dossiers d'appel : 6",
                "  Période d'appel : du 02/11/2026 au 06/11/2026", "  Jeunes joints : 0",
                "  Rejets : 2 lignes SIEI, 0 ligne de résultats d'appels",
                "  À vérifier : 0 paire de doublons possibles (doublons a-verifier), 0 ligne de jeunes connus à rapprocher (toutes vagues)",
                "    liste SIEI : « liste.csv » le ", "    annuaire des partenaires : « partenaires-idf-exemple.csv » le ",
                "  Prochaine liste du jour : 02/11/2026, ")
                .containsPattern("  Tentatives : 0 faite, \\d+ prévues, \\d+ le 02/11/2026")
                .containsPattern("    A_APPELER \\d");

        assertThat(cli.run("vague", "cloturer", "--vague", "2026-4", "--date", "2026-11-07").exitCode()).isZero();
        Cli.Result first = cli.run("partenaires", "exporter", "--detail");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("ML-200057867_vague-2026-4_", "archive chiffrée à envoyer : ML-200057867_vague-2026-4_",
                "raccrochage partenaires secret <partenaire>");

        // Saint-Denis (93066) moves from Plaine Commune to Est Ensemble.
        String moved = Files.readString(SAMPLE_DIRECTORY, StandardCharsets.UTF_8).replace(
                "ML-200057867;MISSION_LOCALE;Mission locale Plaine Commune;93;93066",
                "ML-200057875;MISSION_LOCALE;Mission locale Est Ensemble;93;93066");
        Path directory = Files.writeString(home.resolve("annuaire-2.csv"), moved, StandardCharsets.UTF_8);
        Cli.Result imported = cli.run("partenaires", "importer", directory.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Annuaire modifié : 1 orientation réorientée vers le partenaire qui couvre "
                + "désormais leur commune (envoi au prochain export, avec la raison) ; 1 retrait sera envoyé aux anciens "
                + "partenaires qui les avaient reçues.", "  ML-200057867 → ML-200057875 : 1 jeune");

        Cli.Result night = cli.run("nuit", "--date", "2026-11-09");

        assertThat(night.out()).as(night.err()).contains("Exports aux partenaires",
                "1 jeune réorienté (annuaire modifié) envoyé à son nouveau partenaire",
                "1 retrait envoyé (jeunes qu'un ancien partenaire ne suit plus, annuaire modifié) : "
                        + "ML-200057867_retraits_vague-2026-4_")
                .doesNotContain("envoi retenu");
        Path run = exportRuns(cli).get(1);
        String newPartner = onlyFile(run, "ML-200057875_vague-2026-4_");
        assertThat(newPartner).contains("V2026-4-000001;INJOIGNABLE;;Martin;Hélène;12/03/2008;",
                "l'annuaire confie désormais sa commune à ce partenaire");
        assertThat(onlyFile(run, "ML-200057867_retraits_")).contains("V2026-4-000001;INJOIGNABLE;Martin;Hélène;12/03/2008;93066;"
                + "Saint-Denis;");
        assertThat(onlyFile(run, "manifeste.csv")).contains(";ML-200057867;MISSION_LOCALE;2026-4;RETRAITS;1;0;");

        Cli.Result waves = cli.run("vague", "liste", "--date", "2026-11-09");
        assertThat(waves.exitCode()).isZero();
        assertThat(waves.out()).containsPattern("2026-4 : clôturée ; créée le \\d\\d/\\d\\d/\\d{4} ; 6 enregistrements, "
                + "6 jeunes, 6 dossiers ; appels du 02/11/2026 au 06/11/2026\n");

        Cli.Result unknownWave = cli.run("vague", "etat", "--vague", "2099-1");
        assertThat(unknownWave.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownWave.err()).contains("La vague « 2099-1 » n'existe pas.");

        Cli.Result secret = cli.run("partenaires", "secret", "ML-200057875", "--operateur", "agent.region", "--motif",
                "envoi par téléphone");
        assertThat(secret.exitCode()).as(secret.err()).isZero();
        assertThat(secret.out()).containsPattern("Mot de passe des archives de ML-200057875 : [A-Z2-9]{5}(-[A-Z2-9]{5}){5}\n");
        Cli.Result unknown = cli.run("partenaires", "secret", "ML-INCONNUE");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("« ML-INCONNUE » n'est pas un partenaire de l'annuaire.");
        try (var connection = DriverManager.getConnection(TestDatabase.h2Url(cli.data()), "sa", "");
                var rows = connection.createStatement().executeQuery(
                        "SELECT operateur, canal, action, cible, motif FROM journal_operateur WHERE action LIKE 'PARTENAIRE_SECRET%'")) {
            assertThat(rows.next()).isTrue();
            assertThat(List.of(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)))
                    .containsExactly("agent.region", "CLI", "PARTENAIRE_SECRET", "ML-200057875", "envoi par téléphone");
            assertThat(rows.next()).isFalse();
        }
    }

    private static List<Path> exportRuns(Cli cli) throws Exception {
        try (Stream<Path> runs = Files.list(cli.outputs().resolve("exports"))) {
            return runs.sorted().collect(Collectors.toList());
        }
    }

    private static String onlyFile(Path run, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(run)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".csv")).toList();
            assertThat(found).hasSize(1);
            return Files.readString(found.get(0), StandardCharsets.UTF_8);
        }
    }
}
