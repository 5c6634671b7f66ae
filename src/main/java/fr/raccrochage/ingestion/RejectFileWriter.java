package fr.raccrochage.ingestion;

import fr.raccrochage.core.FrenchCsvFile;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a file's rejected lines (line number, reason, content) beside the wave's outputs, from
 * the database, so the file is whole even after an interrupted run. Written to a temporary file
 * and moved into place.
 */
public class RejectFileWriter {

    private final JdbcTemplate jdbc;

    public RejectFileWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static Path rejectFile(Path waveOutputDirectory, String sourceFileName) {
        String base = sourceFileName.replaceFirst("\\.[^.]*$", "");
        return waveOutputDirectory.resolve("rejets").resolve(base + ".rejets.csv");
    }

    public void write(long fileId, Path target) {
        FrenchCsvFile.write(target, new String[] {"ligne", "motif", "contenu"}, csv -> {
            int[] rows = {0};
            jdbc.query("SELECT ligne, motif, contenu FROM siei_rejet WHERE fichier_id = ? ORDER BY ligne", rs -> {
                csv.writeNext(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, false);
                rows[0]++;
            }, fileId);
            return rows[0];
        });
    }
}
