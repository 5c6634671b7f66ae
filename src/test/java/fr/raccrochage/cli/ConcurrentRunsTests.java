package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.ChildCli;
import fr.raccrochage.TestDatabase;
import fr.raccrochage.TestPostgres;
import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.RunLock;
import fr.raccrochage.sample.SampleRequest;
import fr.raccrochage.sample.SieiSampleGenerator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real processes at once on the same data: while one writes (it holds the run lock and has
 * the database open, as a running night does), a second writer stops at once with exit 5 and
 * one French sentence, and the commands that only read work; on H2 (same data folder) and on
 * PostgreSQL (same database, other data folder: the lock lives in the database).
 */
class ConcurrentRunsTests {

    private static final String LOCKED = "Une autre exécution de raccrochage est en cours sur ces données";

    @TempDir
    static Path work;

    static Path en;
    static Path cfa;

    @BeforeAll
    static void smallLists() throws Exception {
        Path sample = work.resolve("exemple");
        new SieiSampleGenerator().generate(new SampleRequest(300, 5, sample, LocalDate.of(2026, 9, 1)));
        en = sample.resolve("siei-en.csv");
        cfa = sample.resolve("siei-cfa.csv");
    }

    @Test
    void shouldRefuseASecondWriterAndLetReadersInOnH2() throws Exception {
        ChildCli cli = ChildCli.h2(work.resolve("h2"));
        assertThat(cli.run(importing(en)).exitCode()).as("rejected lines of the sample: exit 6").isEqualTo(ExitCodes.NEEDS_OPERATOR);
        RunLock lock = new RunLock(properties(cli.data()));

        try (RunLock.Held night = lock.acquire();
                Connection open = DriverManager.getConnection(TestDatabase.h2Url(cli.data()), "sa", "")) {
            assertWritersRefusedAndReadersServed(cli);
        }

        assertImportsOnceFreed(cli);
    }

    @Test
    void shouldRefuseASecondWriterFromAnotherDataFolderOnPostgresql() throws Exception {
        EmbeddedPostgres server = TestPostgres.server();
        String database = "verrou_concurrent";
        try (Connection c = server.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + database);
            c.createStatement().execute("CREATE DATABASE " + database);
        }
        String url = server.getJdbcUrl("postgres", database);
        ChildCli firstHost = ChildCli.postgresql(work.resolve("pg-hote-1"), url);
        assertThat(firstHost.run(importing(en)).exitCode()).as("rejected lines of the sample: exit 6").isEqualTo(ExitCodes.NEEDS_OPERATOR);
        DataSource dataSource = server.getDatabase("postgres", database);
        RunLock lock = new RunLock(properties(firstHost.data()), url, () -> dataSource);

        ChildCli secondHost = ChildCli.postgresql(work.resolve("pg-hote-2"), url);
        try (RunLock.Held night = lock.acquire()) {
            assertWritersRefusedAndReadersServed(secondHost);
        }

        assertImportsOnceFreed(secondHost);
    }

    @Test
    void shouldLeaveTheDatabaseToDaytimeWorkBetweenNightsOfTheContinuousMode() throws Exception {
        ChildCli cli = ChildCli.h2(work.resolve("continu")).with("-Draccrochage.nuit.cron=0 0 3 1 1 *");
        assertThat(cli.run(importing(en)).exitCode()).as("rejected lines of the sample: exit 6").isEqualTo(ExitCodes.NEEDS_OPERATOR);
        ChildCli.Running continuous = cli.start("nuit", "--en-continu");
        try {
            while (!continuous.outputSoFar().contains("Mode continu") && continuous.process().isAlive()) {
                Thread.sleep(50);
            }
            assertThat(continuous.process().isAlive()).as(continuous.outputSoFar()).isTrue();
            Path openedBySomeone = cli.data().resolve("raccrochage.lock.db");
            // up to 30 s: on a loaded machine the child's start and H2's closing are slow, not wrong
            for (int i = 0; i < 600 && Files.exists(openedBySomeone); i++) {
                Thread.sleep(50);
            }
            assertThat(openedBySomeone).as("the idle continuous mode closed the database file").doesNotExist();

            ChildCli.Run daytime = cli.run(importing(cfa));

            assertThat(daytime.exitCode()).as(daytime.output()).isEqualTo(ExitCodes.NEEDS_OPERATOR);
            assertThat(daytime.output()).contains("siei-cfa.csv").doesNotContain(LOCKED);
        } finally {
            continuous.process().destroy();
            continuous.process().waitFor();
        }
    }

    private static void assertWritersRefusedAndReadersServed(ChildCli cli) throws Exception {
        for (String[] writer : List.of(importing(cfa), new String[] {"nuit", "--date", "2026-09-02"})) {
            ChildCli.Run refused = cli.run(writer);
            assertThat(refused.exitCode()).as(refused.output()).isEqualTo(ExitCodes.LOCKED);
            assertThat(refused.output().strip()).as("one French sentence, no stack trace")
                    .startsWith(LOCKED).doesNotContain("Exception").doesNotContain("\tat ").hasLineCount(1);
        }
        Path extract = cli.home().resolve("extraction.csv");
        ChildCli.Run read = cli.run("vague", "extraire", "--vague", "K1", "--sortie", extract.toString());
        assertThat(read.exitCode()).as(read.output()).isZero();
        assertThat(Files.readAllLines(extract)).hasSizeGreaterThan(100).noneMatch(line -> line.contains("siei-cfa.csv"));
        ChildCli.Run due = cli.run("appels", "du-jour", "--date", "2026-09-02");
        assertThat(due.exitCode()).as(due.output()).isZero();
        assertThat(due.output()).contains("Aucune tentative prévue le 02/09/2026.");
        ChildCli.Run report = cli.run("rapport", "--vague", "K1", "--date", "2026-09-02");
        assertThat(report.exitCode()).as(report.output()).isZero();
        assertThat(report.output()).contains("Vague K1 : ");
        assertThat(cli.run("aide", "nuit").output()).contains("Traitement de nuit").doesNotContain(LOCKED);
    }

    private static void assertImportsOnceFreed(ChildCli cli) throws Exception {
        ChildCli.Run freed = cli.run(importing(cfa));
        assertThat(freed.exitCode()).as(freed.output()).isIn(ExitCodes.OK, ExitCodes.NEEDS_OPERATOR);
        assertThat(freed.output()).contains("siei-cfa.csv").doesNotContain(LOCKED);
    }

    private static String[] importing(Path list) {
        return new String[] {"siei", "importer", "--vague", "K1", "--date-reference", "2026-09-01", list.toString()};
    }

    private static RaccrochageProperties properties(Path data) {
        return new RaccrochageProperties("11", data, data.resolveSibling("sorties"), 16, 25, Map.of());
    }
}
