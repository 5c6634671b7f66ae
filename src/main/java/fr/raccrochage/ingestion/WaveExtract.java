package fr.raccrochage.ingestion;

import static fr.raccrochage.core.SpreadsheetCells.safe;

import fr.raccrochage.core.FrenchCsvFile;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * {@code vague extraire}: what was stored for a wave, one row per SIEI data record (accepted or
 * rejected), in file and line order. Streams from the database; the file appears whole or not at all.
 */
@Service
public class WaveExtract {

    static final String[] HEADER = {"ligne", "fichier", "statut", "ine", "nom", "prenom", "date_naissance", "sexe",
        "telephones", "code_insee_residence", "commune_residence", "source_residence", "drapeaux", "motif_rejet"};

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final String QUERY = """
            SELECT e.ligne, f.nom AS fichier, 'ACCEPTE' AS statut, e.ine, e.nom, e.prenom, e.date_naissance, e.sexe,
                   e.tel_jeune, e.resp1_tel, e.resp2_tel, e.code_insee_residence, c.nom AS commune_residence,
                   e.source_residence, e.drapeaux, NULL AS motif_rejet, f.id AS fichier_id
            FROM siei_enregistrement e
            JOIN fichier_recu f ON f.id = e.fichier_id AND f.type = 'SIEI'
            LEFT JOIN commune c ON c.code_insee = e.code_insee_residence AND c.type IN ('COMMUNE', 'ARRONDISSEMENT')
            WHERE f.vague_id = ?
            UNION ALL
            SELECT r.ligne, f.nom, 'REJETE', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   NULL, NULL, r.motif, f.id
            FROM ligne_rejetee r
            JOIN fichier_recu f ON f.id = r.fichier_id AND f.type = 'SIEI'
            WHERE f.vague_id = ?
            ORDER BY fichier_id, ligne""";

    private final JdbcTemplate jdbc;

    public WaveExtract(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the number of data rows written */
    public int write(String waveId, Path target) {
        return FrenchCsvFile.write(target, HEADER, csv -> {
            int[] rows = {0};
            jdbc.query(QUERY, rs -> {
                csv.writeNext(row(rs), false);
                rows[0]++;
            }, waveId, waveId);
            return rows[0];
        });
    }

    private static String[] row(ResultSet rs) throws SQLException {
        Date birth = rs.getDate("date_naissance");
        return new String[] {
            rs.getString("ligne"), rs.getString("fichier"), rs.getString("statut"), rs.getString("ine"),
            safe(rs.getString("nom")), safe(rs.getString("prenom")),
            birth == null ? null : birth.toLocalDate().format(FRENCH_DATE), rs.getString("sexe"),
            phones(rs.getString("tel_jeune"), rs.getString("resp1_tel"), rs.getString("resp2_tel")),
            rs.getString("code_insee_residence"), rs.getString("commune_residence"), rs.getString("source_residence"),
            rs.getString("drapeaux"), safe(rs.getString("motif_rejet"))
        };
    }

    private static String phones(String... numbers) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String number : numbers) {
            if (number != null) {
                distinct.add(number);
            }
        }
        return String.join("|", distinct);
    }
}
