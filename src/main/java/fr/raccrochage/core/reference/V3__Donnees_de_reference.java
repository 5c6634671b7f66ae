package fr.raccrochage.core.reference;

import fr.raccrochage.core.commune.Commune;
import fr.raccrochage.core.commune.CommuneDirectory;
import java.sql.Connection;
import java.sql.PreparedStatement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the reference data shipped in {@code reference/}: every commune of the COG.
 */
public class V3__Donnees_de_reference extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        insertCommunes(connection, CommuneDirectory.fromClasspath().all());
        // The example partner directory is no longer loaded here (into every database, production
        // included): `demo` and the tests load it explicitly; V111 removes it from older databases.
    }

    private static void insertCommunes(Connection connection, Iterable<Commune> communes) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(CommuneRow.INSERT)) {
            for (Commune c : communes) {
                CommuneRow.bind(insert, c);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
