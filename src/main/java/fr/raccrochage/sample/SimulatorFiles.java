package fr.raccrochage.sample;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import fr.raccrochage.core.FrenchCsvFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files the simulated partners of the demo exchange: they read what the system gave out (a due
 * list, an SMS batch: UTF-8, {@code ;}, one header line) and answer with a French CSV.
 */
final class SimulatorFiles {

    private SimulatorFiles() {
    }

    /** The data rows of a file the system wrote, header left out. */
    static List<String[]> dataRows(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new CSVParserBuilder().withSeparator(';').build())
                        .withSkipLines(1).build()) {
            List<String[]> rows = new ArrayList<>();
            String[] row;
            while ((row = csv.readNext()) != null) {
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvValidationException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Writes the answer; returns how many lines it wrote. */
    static int write(Path target, String[] header, List<String[]> lines) {
        FrenchCsvFile.write(target, header, csv -> {
            lines.forEach(l -> csv.writeNext(l, false));
            return lines.size();
        });
        return lines.size();
    }
}
