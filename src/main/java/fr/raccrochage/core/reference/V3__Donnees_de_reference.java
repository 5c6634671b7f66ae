package fr.raccrochage.core.reference;

import fr.raccrochage.core.commune.Commune;
import fr.raccrochage.core.commune.CommuneDirectory;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;

/**
 * Loads the reference data shipped in {@code reference/}: every commune of the COG, and the sample
 * partner directory (replaced by the real one through {@code partenaires importer}).
 */
public class V3__Donnees_de_reference extends BaseJavaMigration {

    static final String PARTNER_SAMPLE = "reference/partenaires-idf-exemple.csv";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        insertCommunes(connection, CommuneDirectory.fromClasspath().all());
        insertSamplePartners(connection);
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

    private static void insertSamplePartners(Connection connection) throws Exception {
        String sql = "INSERT INTO partenaire_commune (partenaire_id, type, nom, departement, code_insee) VALUES (?, ?, ?, ?, ?)";
        try (Reader in = new InputStreamReader(
                V3__Donnees_de_reference.class.getClassLoader().getResourceAsStream(PARTNER_SAMPLE),
                StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(in)
                        .withCSVParser(new CSVParserBuilder().withSeparator(';').build())
                        .withSkipLines(1).build();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            for (String[] row : csv) {
                for (int i = 0; i < 5; i++) {
                    insert.setString(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

}
