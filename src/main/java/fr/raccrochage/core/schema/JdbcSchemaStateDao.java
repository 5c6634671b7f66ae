package fr.raccrochage.core.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * What the database recorded after its last migration ({@code schema_empreinte}: the fingerprint
 * of the migrations applied then, and of the migration history as it stood), and the history's
 * fingerprint now. Plain JDBC on Flyway's own data source: this runs before anything else in the
 * context may use the database.
 */
final class JdbcSchemaStateDao {

    /** The one row. */
    private static final int ROW = 1;

    private final DataSource dataSource;
    private final String historyTable;

    JdbcSchemaStateDao(Configuration flyway) {
        this.dataSource = flyway.getDataSource();
        String schema = flyway.getDefaultSchema() != null ? flyway.getDefaultSchema()
                : flyway.getSchemas().length > 0 ? flyway.getSchemas()[0] : null;
        this.historyTable = (schema == null ? "" : quote(schema) + ".") + quote(flyway.getTable());
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Recorded state: the migrations' fingerprint and the history's, as written by {@link #record}. */
    record State(String migrations, String history) {
    }

    /** The state recorded, or empty (no table yet, no row, any failure: then Flyway runs). */
    Optional<State> recorded(Connection connection) {
        if (!hasStateTable(connection)) {
            return Optional.empty();
        }
        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("SELECT migrations, historique FROM schema_empreinte WHERE id = " + ROW)) {
            return row.next() ? Optional.of(new State(row.getString(1), row.getString(2))) : Optional.empty();
        } catch (SQLException noTableYet) {
            return Optional.empty();
        }
    }

    /** Asked first: a query on a missing table would be logged by H2 as an error, with its stack trace. */
    private static boolean hasStateTable(Connection connection) {
        try (Statement select = connection.createStatement(); ResultSet count = select.executeQuery(
                "SELECT COUNT(*) FROM information_schema.tables WHERE UPPER(table_name) = 'SCHEMA_EMPREINTE'")) {
            return count.next() && count.getInt(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The fingerprint of the migration history: every applied (or failed) migration with its
     * version, checksum and outcome, so a repaired, edited or failed history never matches.
     */
    Optional<String> history(Connection connection) {
        MessageDigest digest = ShippedMigrations.sha256();
        String sql = "SELECT \"installed_rank\", \"version\", \"script\", \"checksum\", \"success\" FROM " + historyTable
                + " ORDER BY \"installed_rank\"";
        try (Statement select = connection.createStatement(); ResultSet rows = select.executeQuery(sql)) {
            while (rows.next()) {
                String line = rows.getInt(1) + "|" + rows.getString(2) + "|" + rows.getString(3) + "|" + rows.getObject(4)
                        + "|" + rows.getBoolean(5) + "\n";
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (SQLException noHistoryYet) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Records the state after a migration: one row, replaced. */
    void record(Connection connection, State state) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE schema_empreinte SET migrations = ?, historique = ?, ecrite_le = ? WHERE id = " + ROW)) {
            update.setString(1, state.migrations());
            update.setString(2, state.history());
            update.setTimestamp(3, now);
            if (update.executeUpdate() > 0) {
                commit(connection);
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_empreinte (id, migrations, historique, ecrite_le) VALUES (" + ROW + ", ?, ?, ?)")) {
            insert.setString(1, state.migrations());
            insert.setString(2, state.history());
            insert.setTimestamp(3, now);
            insert.executeUpdate();
        }
        commit(connection);
    }

    private static void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
