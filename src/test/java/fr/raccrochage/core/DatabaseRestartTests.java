package fr.raccrochage.core;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.ChildCli;
import fr.raccrochage.cli.ExitCodes;
import fr.raccrochage.sample.CallResultSimulator;
import fr.raccrochage.sample.SampleRequest;
import fr.raccrochage.sample.SieiSampleGenerator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restarts a real PostgreSQL server (stopped and started again on the same data directory and
 * port, as pg_ctl restart or a failover does) in the middle of every job, run by the real CLI in
 * a child JVM: the command ends with exit 4 and one French sentence, the same command run again
 * ends the work, and the database and the output files are exactly what one uninterrupted run
 * leaves: nothing stored or written twice, no execution left for a human to repair.
 *
 * <p>Where a job commits as it goes (the SIEI import, deduplication) the restart comes once the
 * database holds part of its work. Where it writes in one transaction (planning, results,
 * closing, exports) or must be caught after a commit (the night), the test holds a SHARE lock on
 * a table the job writes late: the job's transaction waits on it, half done, and the server is
 * restarted while it waits. That lands the fault at the same point on a busy machine or a quiet one.
 */
class DatabaseRestartTests {

    private static final String RERUN = "relancez la même commande";

    /** A wave small enough for every later job to run three times (clean, interrupted, rerun) in a minute or two. */
    private static final String WAVE = "R2";

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    static Path work;

    static Path pgData;
    static int port;
    static EmbeddedPostgres server;

    @BeforeAll
    static void serverAndList() throws Exception {
        pgData = work.resolve("pg");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = start();
        for (String database : List.of("propre", "panne", "vague_propre")) {
            execute("postgres", "CREATE DATABASE " + database);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void shouldEndImportAndDeduplicationAsOneCleanRunAfterAServerRestartInTheirMiddle() throws Exception {
        new SieiSampleGenerator().generate(new SampleRequest(40_000, 11, work.resolve("exemple"), LocalDate.of(2026, 9, 1)));
        Path list = work.resolve("exemple/siei-en.csv");
        String[] importing = {"siei", "importer", "--vague", "R1", "--date-reference", "2026-09-01", list.toString()};
        String[] resolving = {"doublons", "resoudre", "--vague", "R1"};
        ChildCli clean = cli("propre");
        int cleanImport = clean.run(importing).exitCode();
        assertThat(clean.run(resolving).exitCode()).isZero();
        List<String> expected = state(clean);

        ChildCli faulted = cli("panne");
        restartDuring(faulted, importing, () -> count("panne", "SELECT COUNT(*) FROM siei_enregistrement") >= 3_000);
        assertThat(faulted.run(importing).exitCode()).isEqualTo(cleanImport);
        restartDuring(faulted, resolving, () -> count("panne", "SELECT COUNT(*) FROM siei_lien_personne") >= 2_000);
        assertThat(faulted.run(resolving).exitCode()).isZero();

        assertThat(state(faulted)).containsExactlyElementsOf(expected);
        assertThat(count("panne", "SELECT COUNT(*) FROM batch_job_execution WHERE status IN ('STARTED', 'UNKNOWN')")).isZero();
    }

    /**
     * A wave listed and resolved, then each later job of its life in turn, on two databases that
     * start as copies of each other: run once on the first; on the second, interrupted by a server
     * restart and run again. After each job both hold the same data and the same files.
     */
    @Test
    void shouldEndEveryLaterJobOfAWaveAsOneCleanRunAfterAServerRestartInItsMiddle() throws Exception {
        Path sample = work.resolve("exemple-vague");
        new SieiSampleGenerator().generate(new SampleRequest(1_500, 17, sample, LocalDate.of(2026, 9, 1)));
        ChildCli clean = cli("vague_propre");
        succeeds(clean, "partenaires", "importer", Path.of("sample-data", "partenaires-idf-exemple.csv").toAbsolutePath().toString());
        succeeds(clean, "siei", "importer", "--vague", WAVE, "--date-reference", "2026-09-01", sample.resolve("siei-en.csv").toString());
        succeeds(clean, "doublons", "resoudre", "--vague", WAVE);
        execute("postgres", "CREATE DATABASE vague_panne TEMPLATE vague_propre");
        ChildCli faulted = copy(clean, "vague_panne");
        assertSame(waveState(faulted), waveState(clean), "the copy");

        // planning: one transaction, caught while it writes the planned attempts
        sameAfterRestart(clean, faulted, "tentative_prevue",
                "vague", "planifier", "--vague", WAVE, "--debut", "2026-09-07", "--fin", "2026-10-02");

        // a day of calls, then its results: caught at the re-plan, the results already stored in the transaction
        Path monday = dueAndCalled(clean, faulted, "2026-09-07", clean.home().resolve("resultats-lundi.csv"));
        sameAfterRestart(clean, faulted, "tentative_prevue", "appels", "importer", "--vague", WAVE, monday.toString());

        // the night: its inbox holds a list update and the next day's results; caught after the list's
        // import committed, when the night journals the file
        for (ChildCli home : List.of(clean, faulted)) {
            Files.copy(sample.resolve("siei-cfa.csv"),
                    Files.createDirectories(home.data().resolve("arrivee/siei/" + WAVE)).resolve("mise-a-jour.csv"));
        }
        dueAndCalled(clean, faulted, "2026-09-08", clean.home().resolve("resultats-mardi.csv"));
        for (ChildCli home : List.of(clean, faulted)) {
            Files.copy(clean.home().resolve("resultats-mardi.csv"),
                    Files.createDirectories(home.data().resolve("arrivee/resultats-appels/" + WAVE)).resolve("mardi.csv"));
        }
        sameAfterRestart(clean, faulted, "fichier_arrivee", "nuit", "--date", "2026-09-09");

        // closing: one transaction, caught while it writes the Region's referrals, the cases already closed
        sameAfterRestart(clean, faulted, "orientation_region", "vague", "cloturer", "--vague", WAVE, "--date", "2026-10-05");

        // partner exports: caught while the journal of the rows sent is written, partner files already on disk
        sameAfterRestart(clean, faulted, "export_ligne", "partenaires", "exporter", "--vague", WAVE);

        assertThat(count("vague_panne", "SELECT COUNT(*) FROM batch_job_execution WHERE status IN ('STARTED', 'UNKNOWN')"))
                .isZero();
    }

    /**
     * Runs the command on the clean home; on the other, starts it, restarts the server while the
     * command waits for a table the test holds locked, checks how it ends, runs it again; then
     * both must print the same and hold the same.
     */
    private static void sameAfterRestart(ChildCli clean, ChildCli faulted, String lockedTable, String... command)
            throws Exception {
        String what = String.join(" ", command);
        ChildCli.Run once = clean.run(command);
        assertThat(once.exitCode()).as("%s: %s", what, once.output()).isIn(0, ExitCodes.NEEDS_OPERATOR);
        String database = faulted.home().getFileName().toString();
        Connection holder = server.getDatabase("postgres", database).getConnection();
        holder.setAutoCommit(false);
        holder.createStatement().execute("LOCK TABLE " + lockedTable + " IN SHARE MODE");
        restartDuring(faulted, command, () -> count(database, """
                SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
                """) > 0);
        try {
            holder.close();
        } catch (SQLException e) {
            // the server that held it is gone
        }
        ChildCli.Run again = faulted.run(command);

        assertThat(again.exitCode()).as("%s rerun: %s", what, again.output()).isEqualTo(once.exitCode());
        assertThat(summary(again.output(), faulted)).as("%s rerun", what).isEqualTo(summary(once.output(), clean));
        assertSame(waveState(faulted), waveState(clean), "after " + what);
    }

    /** Equal lists, or a message with only the lines that differ (the whole state runs to thousands of lines). */
    private static void assertSame(List<String> actual, List<String> expected, String what) {
        if (!actual.equals(expected)) {
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(actual);
            List<String> extra = new ArrayList<>(actual);
            extra.removeAll(expected);
            throw new AssertionError("%s: %d lines differ%nonly in the clean run:%n  %s%nonly in the interrupted one:%n  %s"
                    .formatted(what, missing.size() + extra.size(),
                            String.join("\n  ", missing.subList(0, Math.min(40, missing.size()))),
                            String.join("\n  ", extra.subList(0, Math.min(40, extra.size())))));
        }
    }

    /** The same day's list on both homes, the call centre's results for it (from the clean one's list). */
    private static Path dueAndCalled(ChildCli clean, ChildCli faulted, String day, Path results) throws Exception {
        for (ChildCli home : List.of(clean, faulted)) {
            succeeds(home, "appels", "du-jour", "--date", day, "--vague", WAVE);
        }
        Path due = clean.home().resolve("sorties/vague-" + WAVE + "/appels-du-jour-" + day + ".csv");
        assertThat(new CallResultSimulator(5).simulate(due, results)).isPositive();
        return results;
    }

    /** Starts the command, restarts the server once {@code reached} holds, checks how it ends. */
    private static void restartDuring(ChildCli cli, String[] command, Check reached) throws Exception {
        ChildCli.Running running = cli.start(command);
        while (!reached.holds() && running.process().isAlive()) {
            Thread.sleep(20);
        }
        assertThat(running.process().isAlive()).as("still running: %s", running.outputSoFar()).isTrue();
        server.close();
        Thread.sleep(1_000);
        server = start();

        ChildCli.Run interrupted = running.finish();

        assertThat(interrupted.exitCode()).as(interrupted.output()).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(interrupted.output()).containsIgnoringCase(RERUN).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Manual intervention");
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void succeeds(ChildCli cli, String... command) throws Exception {
        ChildCli.Run run = cli.run(command);
        assertThat(run.exitCode()).as("%s: %s", String.join(" ", command), run.output()).isIn(0, ExitCodes.NEEDS_OPERATOR);
    }

    /**
     * What the operator reads, without the durations, which differ from run to run, and the line
     * that says an interrupted run is resumed.
     */
    private static String summary(String output, ChildCli cli) {
        return output.replace(cli.home().toString(), "<home>")
                .replaceAll("(?m)^WARN  Le traitement \\w+ interrompu .* reprend là où il s'est arrêté\\R", "")
                .replaceAll("\\d+([,.]\\d+)? ?(s|ms|min)\\b", "<durée>")
                .replaceAll("exports/\\d{8}-\\d{6}(-\\d+)?", "exports/<lot>");
    }

    private static List<String> state(ChildCli cli) throws Exception {
        Path records = cli.home().resolve("extraction.csv");
        Path links = cli.home().resolve("doublons.csv");
        assertThat(cli.run("vague", "extraire", "--vague", "R1", "--sortie", records.toString()).exitCode()).isZero();
        assertThat(cli.run("doublons", "extraire", "--vague", "R1", "--sortie", links.toString()).exitCode()).isZero();
        List<String> state = new ArrayList<>(Files.readAllLines(records));
        // whole: person numbers, which record founds each person, motives and points (PersonLinker numbers
        // persons in file and line order, from the largest number stored, not from a sequence)
        state.addAll(Files.readAllLines(links));
        state.addAll(Files.readAllLines(cli.home().resolve("sorties/vague-R1/rejets/siei-en.rejets.csv")));
        return state;
    }

    /**
     * Every table of the application (not Spring Batch's, whose executions a restart adds to), row
     * by row in a stable order, without the columns a rerun may give other values: generated keys
     * (a sequence value taken by a rolled-back transaction is not given back) and clock times.
     * Then every output file by its content: export runs by their order, their encrypted archives
     * by their name only (AES draws a new salt each time).
     */
    private static List<String> waveState(ChildCli cli) throws Exception {
        String database = cli.home().getFileName().toString();
        List<String> lines = new ArrayList<>();
        try (Connection c = server.getDatabase("postgres", database).getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("""
                    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
                    AND table_name NOT LIKE 'batch\\_%' AND table_name NOT LIKE 'flyway%' AND table_name <> 'commune'
                    ORDER BY table_name""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                    var meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            if (!VOLATILE.matcher(meta.getColumnName(i)).matches() && meta.getColumnType(i) != java.sql.Types.TIMESTAMP
                                    && meta.getColumnType(i) != java.sql.Types.TIMESTAMP_WITH_TIMEZONE) {
                                row.append(';').append(meta.getColumnName(i)).append('=').append(rs.getString(i));
                            }
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                lines.addAll(rows);
            }
        }
        lines.addAll(files(cli.home(), "sorties"));
        lines.addAll(files(cli.home(), "donnees/archives"));
        lines.addAll(files(cli.home(), "donnees/arrivee"));
        return lines.stream().map(line -> line.replace(cli.home().toString(), "<home>")).toList();
    }

    /**
     * Generated keys and the columns that point at them (a SIEI record's cle holds its file's), file
     * paths (which hold the export run's time). A results file whose import was rolled back took a
     * received-file number for nothing, so the next file gets the one after: the numbers differ from a
     * clean run, the rows do not.
     */
    private static final Pattern VOLATILE = Pattern.compile(
            "id|fichier_id(_[ab])?|cle|export_id|import_id|lot_id|fichier|chemin|archive|empreinte_archive|secret|rang");

    private static List<String> files(Path home, String folder) throws IOException {
        Path root = home.resolve(folder);
        if (!Files.exists(root)) {
            return List.of();
        }
        List<Path> found;
        try (Stream<Path> tree = Files.walk(root)) {
            found = tree.filter(Files::isRegularFile).sorted().toList();
        }
        Map<String, String> runs = new java.util.HashMap<>();
        List<String> lines = new ArrayList<>();
        for (Path file : found) {
            String name = root.relativize(file).toString();
            java.util.regex.Matcher run = EXPORT_RUN.matcher(name);
            if (run.lookingAt()) {
                String label = runs.computeIfAbsent(run.group(), r -> "exports/lot-" + (runs.size() + 1));
                name = label + name.substring(run.end());
            }
            String content = name.endsWith(".zip") ? "chiffré" : String.valueOf(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .replaceAll("[0-9a-f]{64}", "<sha256>").replaceAll(PAIR_ID, "D-<fichier>-$1-<fichier>-$2").hashCode());
            lines.add("fichier;" + folder + "/" + name + ";" + content);
        }
        lines.sort(null);
        return lines;
    }

    /** A duplicate pair's number names the two records by file number and line: D-2-228-4-54. */
    private static final String PAIR_ID = "D-\\d+-(\\d+)-\\d+-(\\d+)";

    private static final Pattern EXPORT_RUN = Pattern.compile("exports/\\d{8}-\\d{6}(-\\d+)?");

    /** A second home for another database: the same data and output folders, without the first one's logs. */
    private static ChildCli copy(ChildCli from, String database) throws IOException {
        Path home = work.resolve(database);
        try (Stream<Path> tree = Files.walk(from.home())) {
            for (Path source : tree.toList()) {
                Path target = home.resolve(from.home().relativize(source).toString());
                String name = source.getFileName().toString();
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!name.startsWith("sortie-") && !name.startsWith("journal.log")) {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return cli(database);
    }

    private static ChildCli cli(String database) {
        return ChildCli.postgresql(work.resolve(database), server.getJdbcUrl("postgres", database));
    }

    private static void execute(String database, String sql) throws SQLException {
        try (Connection c = server.getDatabase("postgres", database).getConnection()) {
            c.createStatement().execute(sql);
        }
    }

    private static int count(String database, String sql) throws SQLException {
        try (Connection c = server.getDatabase("postgres", database).getConnection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0; // the schema is not there yet
            }
            throw e;
        }
    }

    private static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(pgData).setCleanDataDirectory(false).setPort(port).start();
    }
}
