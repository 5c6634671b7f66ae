package fr.raccrochage.core.reference;

import fr.raccrochage.core.commune.Commune;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One commune as a row of the {@code commune} table: written by the migration that loads the
 * shipped COG and by {@code referentiel communes importer}, which must store it the same way.
 */
final class CommuneRow {

    static final String INSERT = """
            INSERT INTO commune (code_insee, type, nom, code_rattachement, departement, region,
                codes_postaux, population, epci_code, epci_nom, ept_code, ept_nom)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private CommuneRow() {
    }

    static void bind(PreparedStatement insert, Commune c) throws SQLException {
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
    }
}
