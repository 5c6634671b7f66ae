package fr.raccrochage.identity;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * {@code doublons extraire}: one row per SIEI record of the wave with its person and why, in file
 * and line order. The file appears whole or not at all.
 */
@Service
public class DuplicateExtract {

    static final String[] HEADER = {"ligne", "fichier", "personne_id", "decision", "score", "motif"};

    private static final String QUERY = """
            SELECT l.ligne, f.nom AS fichier, l.personne_id, l.decision, l.score, l.motif
            FROM siei_lien_personne l
            JOIN fichier_siei f ON f.id = l.fichier_id
            WHERE l.vague_id = ?
            ORDER BY l.fichier_id, l.ligne""";

    private final JdbcTemplate jdbc;

    public DuplicateExtract(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the number of data rows written */
    public int write(String waveId, Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".doublons", ".tmp");
            int[] rows = {0};
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                    CSVWriter csv = (CSVWriter) new CSVWriterBuilder(out).withSeparator(';').build()) {
                out.write('\uFEFF');
                csv.writeNext(HEADER, false);
                jdbc.query(QUERY, rs -> {
                    BigDecimal score = rs.getBigDecimal("score");
                    csv.writeNext(new String[] {rs.getString("ligne"), rs.getString("fichier"),
                        rs.getString("personne_id"), rs.getString("decision"),
                        score == null ? "" : score.toPlainString().replace('.', ','), rs.getString("motif")}, false);
                    rows[0]++;
                }, waveId);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
