package fr.raccrochage.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.RaccrochageApplication;
import fr.raccrochage.TestDatabase;
import fr.raccrochage.sample.SampleRequest;
import fr.raccrochage.sample.SieiSampleGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real import (SIGKILL to a child JVM) in the middle of the file, runs the same command
 * again, and checks the wave ends exactly as after one uninterrupted run.
 */
class ImportCrashRestartTests {

    @TempDir
    Path home;

    @Test
    void shouldEndAsOneCleanRunAfterAKillInTheMiddle() throws Exception {
        new SieiSampleGenerator().generate(new SampleRequest(100_000, 11, home.resolve("data"), LocalDate.of(2026, 9, 1)));
        Path list = home.resolve("data/siei-en.csv");
        String[] importCommand = {"siei", "importer", "--vague", "K1", "--date-reference", "2026-09-01", list.toString()};

        Path clean = home.resolve("propre");
        // The sample holds rejected lines: a whole import ends with exit 6, the clean run as the resumed one.
        assertThat(cli(clean, importCommand).waitFor()).isEqualTo(6);
        List<String> cleanExtract = extract(clean);

        Path crashed = home.resolve("interrompu");
        cli(crashed, "vague", "extraire", "--vague", "aucune", "--sortie", "x.csv").waitFor();
        long emptyDatabase = Files.size(database(crashed));
        Process killed = cli(crashed, importCommand);
        while (Files.size(database(crashed)) < emptyDatabase + 3_000_000 && killed.isAlive()) {
            Thread.sleep(20);
        }
        killed.destroyForcibly().waitFor();

        int storedBeforeRestart = countRecords(crashed);
        assertThat(storedBeforeRestart).as("killed in the middle").isPositive().isLessThan(cleanExtract.size() - 1);
        assertThat(cli(crashed, importCommand).waitFor()).isEqualTo(6);
        assertThat(extract(crashed)).containsExactlyElementsOf(cleanExtract);
        assertThat(Files.readAllLines(rejects(crashed))).containsExactlyElementsOf(Files.readAllLines(rejects(clean)));
        // the file's figures are running totals kept in each chunk's transaction: a kill must not skew them
        assertThat(figures(crashed)).isEqualTo(figures(clean)).isEqualTo(countedFigures(clean));
    }

    /** The journal's figures of the imported file: read, stored, rejected, flagged. */
    private static List<Integer> figures(Path home) throws Exception {
        return ints(home, "SELECT lues, enregistrees, rejetees, signalees FROM fichier_recu WHERE type = 'SIEI'");
    }

    /** The same figures counted from the stored rows. */
    private static List<Integer> countedFigures(Path home) throws Exception {
        return ints(home, """
                SELECT (SELECT COUNT(*) FROM siei_enregistrement) + (SELECT COUNT(*) FROM ligne_rejetee),
                    (SELECT COUNT(*) FROM siei_enregistrement), (SELECT COUNT(*) FROM ligne_rejetee),
                    (SELECT COUNT(*) FROM siei_enregistrement WHERE drapeaux <> '')""");
    }

    private static List<Integer> ints(Path home, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.h2Url(home.resolve("donnees")), "sa", "");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            List<Integer> values = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                values.add(rs.getInt(i));
            }
            return values;
        }
    }

    private static Path database(Path home) {
        return home.resolve("donnees/raccrochage.mv.db");
    }

    private static Path rejects(Path home) {
        return home.resolve("sorties/vague-K1/rejets/siei-en.rejets.csv");
    }

    private List<String> extract(Path home) throws Exception {
        Path output = home.resolve("extraction.csv");
        assertThat(cli(home, "vague", "extraire", "--vague", "K1", "--sortie", output.toString()).waitFor()).isZero();
        return Files.readAllLines(output);
    }

    private static int countRecords(Path home) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.h2Url(home.resolve("donnees")), "sa", "");
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM siei_enregistrement")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Process cli(Path home, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                "-Draccrochage.dossier-donnees=" + home.resolve("donnees"),
                "-Draccrochage.dossier-sorties=" + home.resolve("sorties"),
                "-Dspring.datasource.url=" + TestDatabase.h2Url(home.resolve("donnees")),
                RaccrochageApplication.class.getName()));
        command.addAll(List.of(args));
        Files.createDirectories(home);
        return new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(home.resolve("sortie-" + System.nanoTime() + ".txt").toFile())
                .redirectErrorStream(true).start();
    }
}
