package fr.raccrochage.scheduling;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real night (SIGKILL to a child JVM) at several points, runs it again, and checks the data, the journal and the folders end exactly as after one uninterrupted night.
 */
class NightlyCrashRestartTests {

    private static final String[] NIGHT = {"nuit", "--date", "2026-09-02"};

    @TempDir
    static Path work;

    static Path sample;

    @BeforeAll
    static void generate() throws Exception {
        sample = work.resolve("exemple");
        new SieiSampleGenerator().generate(new SampleRequest(12_000, 7, sample, LocalDate.of(2026, 9, 1)));
    }

    @Test
    void shouldEndAsOneCleanNightWhateverTheMomentItWasKilled() throws Exception {
        Path clean = home("propre");
        assertThat(run(clean).waitFor()).isEqualTo(6);
        List<String> expected = state(clean);
        assertThat(expected).anyMatch(line -> line.startsWith("lien;")).anyMatch(line -> line.startsWith("journal;"));

        Map<String, Predicate<Path>> killPoints = new LinkedHashMap<>();
        killPoints.put("au début de l'import", home -> logContains(home, "Démarrage de sieiImportJob"));
        killPoints.put("entre les deux fichiers", home -> archived(home) == 1);
        killPoints.put("pendant le dédoublonnage", home -> logContains(home, "Démarrage de identityJob"));
        for (Map.Entry<String, Predicate<Path>> point : killPoints.entrySet()) {
            Path crashed = home("interrompu-" + Math.abs(point.getKey().hashCode()));
            Process killed = run(crashed);
            while (!point.getValue().test(crashed) && killed.isAlive()) {
                Thread.sleep(10);
            }
            assertThat(killed.isAlive()).as("still running %s", point.getKey()).isTrue();
            killed.destroyForcibly().waitFor();

            int exit = run(crashed).waitFor();

            assertThat(exit).as("rerun after a kill %s: %s", point.getKey(), lastOutput(crashed)).isEqualTo(6);
            assertThat(state(crashed)).as("state after a kill %s", point.getKey()).containsExactlyElementsOf(expected);
        }
    }

    private static boolean logContains(Path home, String text) {
        try {
            Path log = home.resolve("journal.log");
            return Files.exists(log) && Files.readString(log).contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static long archived(Path home) {
        Path night = home.resolve("donnees/archives/siei/2026-09-02");
        if (!Files.isDirectory(night)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(night)) {
            return files.count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static String lastOutput(Path home) throws Exception {
        try (Stream<Path> files = Files.list(home)) {
            Path last = files.filter(p -> p.getFileName().toString().startsWith("sortie-")).sorted().reduce((a, b) -> b)
                    .orElseThrow();
            return Files.readString(last) + Files.readString(home.resolve("journal.log"));
        }
    }

    private static Path home(String name) throws Exception {
        Path home = work.resolve(name);
        Path inbox = Files.createDirectories(home.resolve("donnees/arrivee/siei/K1"));
        for (String file : List.of("siei-en.csv", "siei-cfa.csv")) {
            Files.copy(sample.resolve(file), inbox.resolve(file));
        }
        return home;
    }

    /** Records, links, journal and folders, with nothing that differs between two homes. */
    private static List<String> state(Path home) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url(home), "sa", "")) {
            query(c, lines, "enregistrement", """
                    SELECT f.nom, e.ligne, e.nom, e.prenom, e.tel_jeune, e.code_insee_residence, e.drapeaux
                    FROM siei_enregistrement e JOIN fichier_siei f ON f.id = e.fichier_id ORDER BY f.nom, e.ligne""");
            query(c, lines, "lien", """
                    SELECT f.nom, l.ligne, l.personne_id, l.decision, l.score FROM siei_lien_personne l
                    JOIN fichier_siei f ON f.id = l.fichier_id ORDER BY f.nom, l.ligne""");
            query(c, lines, "rejet", """
                    SELECT f.nom, r.ligne, r.motif FROM siei_rejet r JOIN fichier_siei f ON f.id = r.fichier_id
                    ORDER BY f.nom, r.ligne""");
            query(c, lines, "journal", "SELECT type, nom, statut, message, a_verifier FROM fichier_arrivee ORDER BY type, nom");
        }
        try (Stream<Path> files = Files.walk(home.resolve("donnees/archives"))) {
            files.filter(Files::isRegularFile).map(p -> "archive;" + home.relativize(p)).sorted().forEach(lines::add);
        }
        try (Stream<Path> files = Files.walk(home.resolve("sorties"))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                lines.add("sortie;" + home.relativize(p) + ";" + Files.readString(p).hashCode());
            }
        }
        return lines.stream().map(line -> line.replace(home.toString(), "<home>")).toList();
    }

    private static void query(Connection c, List<String> lines, String kind, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder line = new StringBuilder(kind);
                for (int i = 1; i <= columns; i++) {
                    line.append(';').append(rs.getString(i));
                }
                lines.add(line.toString());
            }
        }
    }

    private static String url(Path home) {
        return TestDatabase.h2Url(home.resolve("donnees"));
    }

    private static Process run(Path home) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                "-Draccrochage.dossier-donnees=" + home.resolve("donnees"),
                "-Draccrochage.dossier-sorties=" + home.resolve("sorties"),
                "-Dlogging.file.name=" + home.resolve("journal.log"),
                "-Dspring.datasource.url=" + url(home),
                RaccrochageApplication.class.getName()));
        command.addAll(List.of(NIGHT));
        return new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(home.resolve("sortie-" + System.nanoTime() + ".txt").toFile())
                .redirectErrorStream(true).start();
    }
}
