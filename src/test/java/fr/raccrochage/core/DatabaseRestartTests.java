package fr.raccrochage.core;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.ChildCli;
import fr.raccrochage.cli.ExitCodes;
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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restarts a real PostgreSQL server (stopped and started again on the same data directory and
 * port, as pg_ctl restart or a failover does) in the middle of a job run by the real CLI in a
 * child JVM: the command ends with exit 4 and one French sentence, the same command run again
 * ends the work, and the wave is exactly what one uninterrupted run leaves: nothing stored
 * twice, no execution left for a human to repair.
 */
class DatabaseRestartTests {

    private static final String RERUN = "relancez la même commande";

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    static Path work;

    static Path pgData;
    static int port;
    static EmbeddedPostgres server;
    static Path list;

    @BeforeAll
    static void serverAndList() throws Exception {
        pgData = work.resolve("pg");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = start();
        for (String database : List.of("propre", "panne")) {
            try (Connection c = server.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("CREATE DATABASE " + database);
            }
        }
        new SieiSampleGenerator().generate(new SampleRequest(40_000, 11, work.resolve("exemple"), LocalDate.of(2026, 9, 1)));
        list = work.resolve("exemple/siei-en.csv");
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void shouldEndImportAndDeduplicationAsOneCleanRunAfterAServerRestartInTheirMiddle() throws Exception {
        String[] importing = {"siei", "importer", "--vague", "R1", "--date-reference", "2026-09-01", list.toString()};
        String[] resolving = {"doublons", "resoudre", "--vague", "R1"};
        ChildCli clean = cli("propre");
        int cleanImport = clean.run(importing).exitCode();
        assertThat(clean.run(resolving).exitCode()).isZero();
        List<String> expected = state(clean);

        ChildCli faulted = cli("panne");
        restartDuring(faulted, importing, "SELECT COUNT(*) FROM siei_enregistrement", 3_000);
        assertThat(faulted.run(importing).exitCode()).isEqualTo(cleanImport);
        restartDuring(faulted, resolving, "SELECT COUNT(*) FROM siei_lien_personne", 2_000);
        assertThat(faulted.run(resolving).exitCode()).isZero();

        assertThat(state(faulted)).containsExactlyElementsOf(expected);
        assertThat(count("panne", "SELECT COUNT(*) FROM batch_job_execution WHERE status IN ('STARTED', 'UNKNOWN')")).isZero();
    }

    /** Starts the command, restarts the server once the database holds {@code rows} of its work, checks how it ends. */
    private static void restartDuring(ChildCli cli, String[] command, String progress, int rows) throws Exception {
        ChildCli.Running running = cli.start(command);
        while (count("panne", progress) < rows && running.process().isAlive()) {
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

    private static List<String> state(ChildCli cli) throws Exception {
        Path records = cli.home().resolve("extraction.csv");
        Path links = cli.home().resolve("doublons.csv");
        assertThat(cli.run("vague", "extraire", "--vague", "R1", "--sortie", records.toString()).exitCode()).isZero();
        assertThat(cli.run("doublons", "extraire", "--vague", "R1", "--sortie", links.toString()).exitCode()).isZero();
        List<String> state = new java.util.ArrayList<>(Files.readAllLines(records));
        state.addAll(byGrouping(Files.readAllLines(links)));
        state.addAll(Files.readAllLines(cli.home().resolve("sorties/vague-R1/rejets/siei-en.rejets.csv")));
        return state;
    }

    /**
     * The duplicates extract with each person number replaced by its rank of first appearance: a
     * restart may burn sequence values (PostgreSQL sequences do not roll back), so the same grouping
     * of records can come with other person numbers; and which record of a group is the "new person"
     * (the others "same person", with their motive) may differ from a clean run. The grouping must not.
     */
    private static List<String> byGrouping(List<String> lines) {
        java.util.Map<String, Integer> ranks = new java.util.HashMap<>();
        List<String> out = new java.util.ArrayList<>(List.of("ligne;fichier;personne"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            out.add(cells[0] + ";" + cells[1] + ";P" + ranks.computeIfAbsent(cells[2], id -> ranks.size() + 1));
        }
        return out;
    }

    private static ChildCli cli(String database) {
        return ChildCli.postgresql(work.resolve(database), server.getJdbcUrl("postgres", database));
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
