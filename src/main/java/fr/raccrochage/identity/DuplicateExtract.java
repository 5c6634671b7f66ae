package fr.raccrochage.identity;

import fr.raccrochage.core.FrenchCsvFile;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * {@code doublons extraire}: one row per SIEI record of the wave with its person and why, in file
 * and line order. The file appears whole or not at all.
 */
@Service
public class DuplicateExtract {

    static final String[] HEADER = {"ligne", "fichier", "personne_id", "decision", "score", "motif", "points"};

    private static final String QUERY = """
            SELECT l.ligne, f.nom AS fichier, l.personne_id, l.decision, l.score, l.motif, l.detail
            FROM siei_lien_personne l
            JOIN fichier_recu f ON f.id = l.fichier_id AND f.type = 'SIEI'
            WHERE l.vague_id = ?
            ORDER BY l.fichier_id, l.ligne""";

    private final JdbcTemplate jdbc;

    public DuplicateExtract(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the number of data rows written */
    public int write(String waveId, Path target) {
        return FrenchCsvFile.write(target, HEADER, csv -> {
            int[] rows = {0};
            jdbc.query(QUERY, rs -> {
                BigDecimal score = rs.getBigDecimal("score");
                csv.writeNext(new String[] {rs.getString("ligne"), rs.getString("fichier"),
                    rs.getString("personne_id"), rs.getString("decision"),
                    score == null ? "" : score.toPlainString().replace('.', ','), rs.getString("motif"),
                    Contributions.waterfall(rs.getString("detail"))}, false);
                rows[0]++;
            }, waveId);
            return rows[0];
        });
    }
}
