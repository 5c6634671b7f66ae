package fr.raccrochage.core;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a CSV the way French spreadsheets open it (";", UTF-8 with BOM, header line), into a
 * temporary file moved into place at the end: readers see the whole file or none of it.
 */
public final class FrenchCsvFile {

    /** Writes the data rows; returns how many it wrote. */
    @FunctionalInterface
    public interface Rows {
        int writeTo(CSVWriter csv) throws IOException;
    }

    private FrenchCsvFile() {
    }

    /** @return the number of data rows written */
    public static int write(Path target, String[] header, Rows rows) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
            int written;
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                    CSVWriter csv = (CSVWriter) new CSVWriterBuilder(out).withSeparator(';').build()) {
                out.write('\uFEFF');
                csv.writeNext(header, false);
                written = rows.writeTo(csv);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
