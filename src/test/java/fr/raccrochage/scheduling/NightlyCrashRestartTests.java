package fr.raccrochage.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.RaccrochageApplication;
import fr.raccrochage.TestDatabase;
import fr.raccrochage.sample.CallResultSimulator;
import fr.raccrochage.sample.SampleRequest;
import fr.raccrochage.sample.SieiSampleGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Kills a real night (SIGKILL to a child JVM) at several points of a wave being called (a list
 * update and the call centre's results waiting in the inboxes), runs it again, and checks the
 * data, the journal and the files end exactly as after one uninterrupted night.
 */
class NightlyCrashRestartTests {

    private static final String[] NIGHT = {"nuit", "--date", "2026-09-02"};

    @TempDir
    static Path work;

    /** A wave listed, resolved and planned, its first day called: what every night starts from. */
    static Path base;

    @BeforeAll
    static void prepareAWaveBeingCalled() throws Exception {
        Path sample = work.resolve("exemple");
        new SieiSampleGenerator().generate(new SampleRequest(5_000, 7, sample, LocalDate.of(2026, 9, 1)));
        base = work.resolve("base");
        Files.createDirectories(base);
        cli(base, "siei", "importer", "--vague", "K1", "--date-reference", "2026-09-01", sample.resolve("siei-en.csv").toString());
        cli(base, "doublons", "resoudre", "--vague", "K1");
        cli(base, "vague", "planifier", "--vague", "K1", "--debut", "2026-09-01", "--fin", "2026-09-25");
        cli(base, "appels", "du-jour", "--date", "2026-09-01", "--vague", "K1");
        Path results = Files.createDirectories(base.resolve("donnees/arrivee/resultats-appels/K1")).resolve("lundi.csv");
        int attempts = new CallResultSimulator(7).simulate(base.resolve("sorties/vague-K1/appels-du-jour-2026-09-01.csv"), results);
        assertThat(attempts).isPositive();
        Files.copy(sample.resolve("siei-cfa.csv"),
                Files.createDirectories(base.resolve("donnees/arrivee/siei/K1")).resolve("mise-a-jour.csv"));
    }

    @Test
    void shouldEndAsOneCleanNightWhateverTheMomentItWasKilled() throws Exception {
        Path clean = home("propre");
        int cleanExit = run(clean).waitFor();
        List<String> expected = state(clean);
        assertThat(expected).anyMatch(line -> line.startsWith("resultat;")).anyMatch(line -> line.startsWith("journal;"))
                .filteredOn(line -> line.startsWith("journal;")).hasSize(2);

        Map<String, Predicate<Path>> killPoints = new LinkedHashMap<>();
        killPoints.put("pendant l'import de la mise à jour", home -> logContains(home, "Démarrage de sieiImportJob"));
        killPoints.put("pendant l'import des résultats", home -> logContains(home, "Prise de résultats d'appels"));
        killPoints.put("pendant le dédoublonnage", home -> logContains(home, "Démarrage de identityJob"));
        killPoints.put("pendant la planification des nouveaux jeunes", home -> logContains(home, "Démarrage de callPlanningJob"));
        for (Map.Entry<String, Predicate<Path>> point : killPoints.entrySet()) {
            Path crashed = home("interrompu-" + Math.abs(point.getKey().hashCode()));
            Process killed = run(crashed);
            while (!point.getValue().test(crashed) && killed.isAlive()) {
                Thread.sleep(5);
            }
            assertThat(killed.isAlive()).as("still running %s", point.getKey()).isTrue();
            killed.destroyForcibly().waitFor();

            int exit = run(crashed).waitFor();

            assertThat(exit).as("rerun after a kill %s: %s", point.getKey(), lastOutput(crashed)).isEqualTo(cleanExit);
            assertThat(state(crashed)).as("state after a kill %s", point.getKey()).containsExactlyElementsOf(expected);
        }
    }

    private static boolean logContains(Path home, String text) {
        try {
            Path log = home.resolve("journal.log");
            return Files.exists(log) && Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static String lastOutput(Path home) throws Exception {
        try (Stream<Path> files = Files.list(home)) {
            Path last = files.filter(p -> p.getFileName().toString().startsWith("sortie-")).sorted().reduce((a, b) -> b)
                    .orElseThrow();
            return Files.readString(last) + Files.readString(home.resolve("journal.log"));
        }
    }

    /** A copy of the prepared wave, without its log: each night's log tells where that night is. */
    private static Path home(String name) throws IOException {
        Path home = work.resolve(name);
        try (Stream<Path> tree = Files.walk(base)) {
            for (Path source : tree.toList()) {
                Path target = home.resolve(base.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().startsWith("sortie-")
                        && !source.getFileName().toString().equals("journal.log")) {
                    Files.copy(source, target);
                }
            }
        }
        return home;
    }

    /** Records, links, cases, plans, results, journal and files, with nothing that differs between two homes. */
    private static List<String> state(Path home) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url(home), "sa", "")) {
            query(c, lines, "enregistrement", """
                    SELECT f.nom, e.ligne, e.nom, e.prenom, e.tel_jeune, e.code_insee_residence, e.drapeaux
                    FROM siei_enregistrement e JOIN fichier_recu f ON f.id = e.fichier_id ORDER BY f.nom, e.ligne""");
            query(c, lines, "lien", """
                    SELECT f.nom, l.ligne, l.personne_id, l.decision, l.score FROM siei_lien_personne l
                    JOIN fichier_recu f ON f.id = l.fichier_id ORDER BY f.nom, l.ligne""");
            query(c, lines, "rejet", """
                    SELECT f.nom, r.ligne, r.motif FROM ligne_rejetee r JOIN fichier_recu f ON f.id = r.fichier_id
                    WHERE f.type = 'SIEI' ORDER BY f.nom, r.ligne""");
            query(c, lines, "dossier", "SELECT id_appel, personne_id, statut, exclusion FROM dossier_appel ORDER BY id_appel");
            query(c, lines, "numero", "SELECT id_appel, numero, titulaire, retire_motif FROM numero_appel ORDER BY id_appel, numero");
            query(c, lines, "prevue", "SELECT id_appel, tentative, prevue_le, numero FROM tentative_prevue ORDER BY id_appel, tentative");
            query(c, lines, "resultat", "SELECT id_appel, tentative, date_appel, resultat FROM resultat_appel ORDER BY id_appel, tentative");
            query(c, lines, "capacite", "SELECT jour, prevues FROM capacite_appels ORDER BY jour");
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

    private static void cli(Path home, String... args) throws Exception {
        assertThat(start(home, args).waitFor()).as(String.join(" ", args)).isIn(0, 6);
    }

    private static Process run(Path home) throws Exception {
        return start(home, NIGHT);
    }

    private static Process start(Path home, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"),
                "-Draccrochage.dossier-donnees=" + home.resolve("donnees"),
                "-Draccrochage.dossier-sorties=" + home.resolve("sorties"),
                "-Dlogging.file.name=" + home.resolve("journal.log"),
                "-Dspring.datasource.url=" + url(home),
                RaccrochageApplication.class.getName()));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).directory(home.toFile())
                    .redirectOutput(home.resolve("sortie-" + System.nanoTime() + ".txt").toFile())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
