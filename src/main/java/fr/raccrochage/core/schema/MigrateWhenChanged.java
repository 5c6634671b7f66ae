package fr.raccrochage.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Flyway's migrate (with its validation) at start-up, only when needed: it scans every migration,
 * checks each one against the history and takes Flyway's lock, a sizeable part of a short
 * command's start. The database records, after each migration, the fingerprint of the migrations
 * applied and of its migration history; when both still match, the schema is the one these
 * migrations make and nothing is run. Anything else (a migration added, changed or removed, other
 * Flyway settings, a history repaired or edited by hand, a failed migration, a database migrated by
 * another version, no record yet) runs Flyway exactly as before.
 */
@Component
class MigrateWhenChanged implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(MigrateWhenChanged.class);

    @Override
    public void migrate(Flyway flyway) {
        Optional<String> shipped = ShippedMigrations.fingerprint(flyway.getConfiguration());
        JdbcSchemaStateDao state = new JdbcSchemaStateDao(flyway.getConfiguration());
        if (shipped.isPresent() && isCurrent(state, shipped.get())) {
            log.info("Schéma à jour (empreinte des migrations {}) : Flyway n'est pas lancé", shipped.get());
            return;
        }
        log.info("Migrations de la base : Flyway est lancé (empreinte des migrations livrées {})", shipped.orElse("inconnue"));
        flyway.migrate();
        shipped.ifPresent(fingerprint -> record(state, fingerprint));
    }

    private static boolean isCurrent(JdbcSchemaStateDao state, String shipped) {
        try (Connection connection = state.connection()) {
            Optional<JdbcSchemaStateDao.State> recorded = state.recorded(connection);
            if (recorded.isEmpty() || !recorded.get().migrations().equals(shipped)) {
                return false;
            }
            return state.history(connection).map(recorded.get().history()::equals).orElse(false);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A failure here only means Flyway runs again next time: the command goes on. */
    private static void record(JdbcSchemaStateDao state, String shipped) {
        try (Connection connection = state.connection()) {
            Optional<String> history = state.history(connection);
            if (history.isPresent()) {
                state.record(connection, new JdbcSchemaStateDao.State(shipped, history.get()));
            }
        } catch (SQLException e) {
            log.warn("Empreinte du schéma non enregistrée (Flyway repassera au prochain lancement) : {}", e.getMessage());
        }
    }
}
