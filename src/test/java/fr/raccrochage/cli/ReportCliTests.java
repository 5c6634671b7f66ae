package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/** {@code rapport} through the real CLI, on the hand-computed waves of the reporting tests. */
class ReportCliTests {

    @TempDir
    Path home;

    private Cli seeded() throws Exception {
        Cli cli = new Cli(home);
        assertThat(cli.run("--version").exitCode()).isZero();
        assertThat(cli.run("rapport", "--vague", "R-2026-1").exitCode()).isEqualTo(ExitCodes.USAGE);
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + cli.data().resolve("raccrochage").toAbsolutePath(),
                "sa", "")) {
            ScriptUtils.executeSqlScript(db, new ClassPathResource("fr/raccrochage/reporting/vagues-calculees-a-la-main.sql"));
        }
        return cli;
    }

    @Test
    void shouldWriteTheReportOfAWaveAndOfAYear() throws Exception {
        Cli cli = seeded();

        Cli.Result wave = cli.run("rapport", "--vague", "R-2026-1", "--date", "2026-03-01");

        assertThat(wave.exitCode()).isZero();
        Path dir = cli.outputs().resolve("vague-R-2026-1/rapport");
        assertThat(wave.out()).isEqualTo("""
                Vague R-2026-1 : 9 jeunes listés, 7 appelés, 6 joints.
                Rapport : %s
                Chiffres : 7 fichiers CSV dans %s
                """.formatted(dir.resolve("rapport-vague-R-2026-1.html"), dir));
        assertThat(Files.readString(dir.resolve("rapport-vague-R-2026-1.html"), StandardCharsets.UTF_8))
                .contains("chiffres au 1 mars 2026", "1 sur 4 mises en relation");

        Cli.Result year = cli.run("rapport", "--annee", "2026", "--date", "2026-03-01");

        assertThat(year.exitCode()).isZero();
        Path annual = cli.outputs().resolve("rapport-annuel-2026");
        assertThat(year.out()).startsWith("Année 2026 (3 vagues) : 11 jeunes listés, 9 appelés, 7 joints.")
                .contains(annual.resolve("rapport-2026.html").toString());
        assertThat(annual.resolve("tendance.csv")).exists();
        assertThat(cli.run("rapport", "--annee", "2025").out()).startsWith("Année 2025 (1 vague) : 1 jeune listé, 1 appelé, 0 joint.");
    }

    @Test
    void shouldRefuseAnUnknownWaveAYearWithoutWavesOrBothOptions() throws Exception {
        Cli cli = seeded();

        Cli.Result unknown = cli.run("rapport", "--vague", "inconnue");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("La vague « inconnue » n'existe pas.");

        Cli.Result empty = cli.run("rapport", "--annee", "2019");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err()).contains("Aucune vague ne commence en 2019.");

        Cli.Result both = cli.run("rapport", "--vague", "R-2026-1", "--annee", "2026");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("Options incompatibles, une seule à la fois : --vague=<id>, --annee=<aaaa>");
        assertThat(cli.run("rapport").exitCode()).isEqualTo(ExitCodes.USAGE);
        Cli.Result invalid = cli.run("rapport", "--vague", "../x");
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(invalid.err()).contains("Identifiant de vague invalide");
        assertThat(cli.outputs().resolve("rapport-annuel-2019")).doesNotExist();
    }

    @Test
    void shouldEndTheDemoWithTheReportOfTheSampleWave() throws Exception {
        Cli.Result demo = new Cli(home).run("demo");

        assertThat(demo.exitCode()).isZero();
        Path dir = home.resolve("sorties/vague-DEMO-2026-1/rapport");
        assertThat(demo.out()).containsPattern("\nRapport de la vague\nVague DEMO-2026-1 : [0-9\u202F]+ jeunes listés, ")
                .endsWith("Chiffres : 8 fichiers CSV dans " + dir + System.lineSeparator());
        assertThat(Files.readString(dir.resolve("rapport-vague-DEMO-2026-1.html"), StandardCharsets.UTF_8))
                .contains("Vague DEMO-2026-1", "Taux de contact par numéro de tentative");
    }
}
