package fr.raccrochage.sample;

import java.nio.file.Path;
import java.util.List;

/**
 * What was generated.
 *
 * @param files every file written, in a fixed order
 * @param persons distinct young people (each has exactly one ORIGINAL record)
 * @param records data records of both SIEI files: persons + duplicateRecords + badLines
 * @param duplicateRecords DOUBLON records
 * @param badLines LIGNE_INVALIDE records
 */
public record SampleReport(List<Path> files, int persons, int records, int duplicateRecords, int badLines) {

    public SampleReport {
        files = List.copyOf(files);
    }
}
