package fr.raccrochage.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two writers, chunks committed in the order given, on a real (in-memory H2) database. */
class OrderedChunkCommitsTest {

    private final DriverManagerDataSource dataSource =
            new DriverManagerDataSource("jdbc:h2:mem:chunks;DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    private final List<Integer> committed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void table() {
        jdbc.execute("CREATE TABLE lot (numero INT PRIMARY KEY)");
    }

    @AfterEach
    void drop() {
        jdbc.execute("DROP TABLE lot");
    }

    private Runnable chunk(int number, long sleepMillis) {
        return () -> {
            jdbc.update("INSERT INTO lot VALUES (?)", number);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed.add(number);
                }
            });
            sleep(sleepMillis);
        };
    }

    @Test
    void shouldCommitChunksInTheOrderGivenWhenALaterOneIsDoneFirst() {
        try (OrderedChunkCommits commits = new OrderedChunkCommits(transaction)) {
            commits.submit(chunk(0, 300));
            commits.submit(chunk(1, 0));
            commits.submit(chunk(2, 100));
            commits.submit(chunk(3, 0));
            commits.finish();
        }
        assertThat(committed).containsExactly(0, 1, 2, 3);
        assertThat(jdbc.queryForList("SELECT numero FROM lot ORDER BY numero", Integer.class))
                .containsExactly(0, 1, 2, 3);
    }

    @Test
    void shouldKeepOnlyTheChunksBeforeAFailureAndRethrowIt() {
        try (OrderedChunkCommits commits = new OrderedChunkCommits(transaction)) {
            commits.submit(chunk(0, 0));
            commits.submit(() -> {
                jdbc.update("INSERT INTO lot VALUES (1)");
                sleep(200);
                throw new IllegalStateException("base indisponible");
            });
            assertThatThrownBy(() -> {
                commits.submit(chunk(2, 0)); // waits for the last chunk's commit, which never comes
                commits.submit(chunk(3, 0));
                commits.finish();
            }).isInstanceOf(IllegalStateException.class).hasMessage("base indisponible");
        }
        assertThat(jdbc.queryForList("SELECT numero FROM lot ORDER BY numero", Integer.class)).containsExactly(0);
        assertThat(committed).containsExactly(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
