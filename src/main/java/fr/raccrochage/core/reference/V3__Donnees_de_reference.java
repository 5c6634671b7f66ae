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
        String sql = """
                INSERT INTO commune (code_insee, type, nom, code_rattachement, departement, region,
                    codes_postaux, population, epci_code, epci_nom, ept_code, ept_nom)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Commune c : communes) {
                insert.setString(1, c.codeInsee());
                insert.setString(2, c.type().name());
                insert.setString(3, c.nom());
                insert.setString(4, c.codeRattachement());
                insert.setString(5, c.departement());
                insert.setString(6, c.region());
                insert.setString(7, String.join("|", c.codesPostaux()));
                insert.setInt(8, c.population());
                insert.setString(9, c.epciCode());
                insert.setString(10, c.epciNom());
                insert.setString(11, c.eptCode());
                insert.setString(12, c.eptNom());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
