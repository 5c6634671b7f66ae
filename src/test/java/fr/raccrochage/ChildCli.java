package fr.raccrochage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real CLI in a child JVM (its own process, as an operator's shell starts it) on one data
 * folder and one database: H2 in the data folder, or a PostgreSQL database.
 */
public final class ChildCli {

    /** What a finished child printed (stdout and stderr together) and its exit code. */
    public record Run(int exitCode, String output) {
    }

    /** A started child and the file its output goes to. */
    public record Running(Process process, Path output) {

        public String outputSoFar() throws IOException {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        }

        /** Waits for its end (at most two minutes). */
        public Run finish() throws IOException, InterruptedException {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("still running after 2 minutes: " + outputSoFar());
            }
            return new Run(process.exitValue(), outputSoFar());
        }
    }

    private final Path home;
    private final List<String> database;

    private ChildCli(Path home, List<String> database) {
        this.home = home;
        this.database = database;
    }

    public static ChildCli h2(Path home) {
        return new ChildCli(home, List.of("-Dspring.datasource.url=" + TestDatabase.h2Url(home.resolve("donnees"))));
    }

    public static ChildCli postgresql(Path home, String jdbcUrl) {
        return new ChildCli(home, List.of("-Dspring.profiles.active=postgresql", "-Dspring.datasource.url=" + jdbcUrl,
                "-Dspring.datasource.username=postgres", "-Dspring.datasource.password=postgres",
                // a lost server is reported in seconds, not after Hikari's 30 s default
                "-Dspring.datasource.hikari.connection-timeout=3000"));
    }

    /** The same, with more JVM options (settings such as -Draccrochage.nuit.cron=...). */
    public ChildCli with(String... jvmOptions) {
        List<String> options = new ArrayList<>(database);
        options.addAll(List.of(jvmOptions));
        return new ChildCli(home, options);
    }

    public Path home() {
        return home;
    }

    public Path data() {
        return home.resolve("donnees");
    }

    /** Starts the command; its output goes to a file of its own in the home folder. */
    public Running start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-Xshare:auto",
                // short commands: the quick compiler alone halves a child's CPU on the shared cores
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "-Draccrochage.dossier-donnees=" + data(),
                "-Draccrochage.dossier-sorties=" + home.resolve("sorties"),
                "-Dlogging.file.name=" + home.resolve("journal.log")));
        command.addAll(database);
        command.add(RaccrochageApplication.class.getName());
        command.addAll(List.of(args));
        Files.createDirectories(home);
        Path output = home.resolve("sortie-" + System.nanoTime() + ".txt");
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectOutput(output.toFile())
                .redirectErrorStream(true).start();
        return new Running(process, output);
    }

    /** Runs the command to its end (at most two minutes). */
    public Run run(String... args) throws IOException, InterruptedException {
        return start(args).finish();
    }
}
