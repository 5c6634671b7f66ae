package fr.raccrochage.ingestion;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".rejets", ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                    CSVWriter csv = (CSVWriter) new CSVWriterBuilder(out).withSeparator(';').build()) {
                out.write('\uFEFF');
                csv.writeNext(new String[] {"ligne", "motif", "contenu"}, false);
                jdbc.query("SELECT ligne, motif, contenu FROM siei_rejet WHERE fichier_id = ? ORDER BY ligne",
                        rs -> {
                            csv.writeNext(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, false);
                        }, fileId);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
