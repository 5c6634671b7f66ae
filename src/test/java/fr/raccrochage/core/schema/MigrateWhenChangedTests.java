package fr.raccrochage.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.raccrochage.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Flyway runs at start-up only when the migrations shipped or the database's history changed: a
 * current schema is left alone; a new, edited or removed migration, a history edited by hand or a
 * database without a record runs Flyway as before. On H2 and on PostgreSQL, with the real migrations.
 */
class MigrateWhenChangedTests {

    @TempDir
    Path home;

    /** Counts Flyway's migrate runs (its BEFORE_MIGRATE event). */
    static final class MigrateRuns implements Callback {
        final AtomicInteger count = new AtomicInteger();

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            count.incrementAndGet();
        }

        @Override
        public String getCallbackName() {
            return "comptage";
        }
    }

    private record Database(DataSource dataSource, String vendor) {
        JdbcTemplate jdbc() {
            return new JdbcTemplate(dataSource);
        }
    }

    private Database h2() {
        return new Database(new DriverManagerDataSource("jdbc:h2:file:" + home.resolve("base").toAbsolutePath(), "sa", ""), "h2");
    }

    private static Database postgresql(String name) throws Exception {
        var pg = TestPostgres.server();
        try (var connection = pg.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS " + name);
            connection.createStatement().execute("CREATE DATABASE " + name);
        }
        return new Database(new DriverManagerDataSource(pg.getJdbcUrl("postgres", name), "postgres", "postgres"), "postgresql");
    }

    /** Runs the start-up's strategy with the application's migrations (plus extra locations); returns Flyway's migrate runs. */
    private static int start(Database database, String... extraLocations) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration/common",
                "classpath:db/migration/" + database.vendor(), "classpath:fr/raccrochage/core/reference"));
        locations.addAll(List.of(extraLocations));
        MigrateRuns runs = new MigrateRuns();
        Flyway flyway = Flyway.configure().dataSource(database.dataSource()).outOfOrder(true)
                .locations(locations.toArray(String[]::new)).callbacks(runs).load();
        new MigrateWhenChanged().migrate(flyway);
        return runs.count.get();
    }

    private static int applied(Database database) {
        return database.jdbc().queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"", Integer.class);
    }

    private void shouldRunFlywayOnlyWhenSomethingChanged(Database database) throws Exception {
        assertThat(start(database)).as("a new database").isEqualTo(1);
        assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM commune", Integer.class)).isPositive();
        assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM schema_empreinte", Integer.class)).isEqualTo(1);
        int migrations = applied(database);

        assertThat(start(database)).as("the schema is current").isZero();
        assertThat(start(database)).as("still current").isZero();
        assertThat(applied(database)).isEqualTo(migrations);

        assertThat(start(database, "classpath:db/essai-empreinte")).as("a migration added").isEqualTo(1);
        assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM essai_empreinte", Integer.class)).isZero();
        assertThat(applied(database)).isEqualTo(migrations + 1);
        assertThat(start(database, "classpath:db/essai-empreinte")).as("current again").isZero();

        assertThat(start(database)).as("a migration no longer shipped: Flyway judges").isEqualTo(1);
        assertThat(start(database)).isZero();

        database.jdbc().update("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9999'");
        assertThat(start(database)).as("the history edited by hand").isEqualTo(1);
        assertThat(start(database)).isZero();

        database.jdbc().update("DELETE FROM schema_empreinte");
        assertThat(start(database)).as("no record").isEqualTo(1);
        assertThat(start(database)).isZero();
    }

    @Test
    void shouldRunFlywayOnlyWhenSomethingChangedOnH2() throws Exception {
        shouldRunFlywayOnlyWhenSomethingChanged(h2());
    }

    @Test
    void shouldRunFlywayOnlyWhenSomethingChangedOnPostgresql() throws Exception {
        shouldRunFlywayOnlyWhenSomethingChanged(postgresql("empreinte_schema"));
    }

    /** An applied migration edited afterwards: Flyway runs, and its validation refuses it, as before. */
    private void shouldLetFlywayRefuseAnEditedMigration(Database database) throws Exception {
        Path folder = Files.createDirectories(home.resolve("migrations-" + database.vendor()));
        Path extra = Files.writeString(folder.resolve("V9998__essai_modifie.sql"), "CREATE TABLE essai_modifie (id INT);\n");
        String location = "filesystem:" + folder;
        assertThat(start(database, location)).isEqualTo(1);
        assertThat(start(database, location)).isZero();

        Files.writeString(extra, "CREATE TABLE essai_modifie (id INT, nom VARCHAR(10));\n");
        assertThatThrownBy(() -> start(database, location)).isInstanceOf(FlywayException.class)
                .hasMessageContaining("checksum mismatch");
        assertThatThrownBy(() -> start(database, location)).as("refused at every start, as before")
                .isInstanceOf(FlywayException.class);
        Files.writeString(extra, "CREATE TABLE essai_modifie (id INT);\n");
        assertThat(start(database, location)).as("the edit undone: the schema is the one recorded").isZero();
    }

    @Test
    void shouldLetFlywayRefuseAnEditedMigrationOnH2() throws Exception {
        shouldLetFlywayRefuseAnEditedMigration(h2());
    }

    @Test
    void shouldLetFlywayRefuseAnEditedMigrationOnPostgresql() throws Exception {
        shouldLetFlywayRefuseAnEditedMigration(postgresql("empreinte_modifiee"));
    }

    @Test
    void shouldRunFlywayWhenAFailedMigrationIsInTheHistory() {
        Database database = h2();
        assertThat(start(database)).isEqualTo(1);
        database.jdbc().update("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '195'");
        assertThatThrownBy(() -> start(database)).as("Flyway reports the failed migration, as before")
                .isInstanceOf(FlywayException.class);
    }
}
