package fr.raccrochage.sms;

import fr.raccrochage.core.FileDigest;
import fr.raccrochage.core.FrenchCsvFile;
import fr.raccrochage.core.RaccrochageProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;

/**
 * The files for the SMS provider, beside the wave's other outputs: French CSV written whole or not
 * at all (temporary file, then move), readable by their owner only, and the batch's manifest.
 */
final class SmsFiles {

    static final String[] HEADER = {"reference", "numero", "message", "envoi_prevu", "expediteur"};
    static final String[] MANIFEST_HEADER = {"fichier", "vague", "date_preparation", "envoi_prevu", "expediteur",
        "lignes", "segments", "sha256"};
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private SmsFiles() {
    }

    static Path directory(RaccrochageProperties properties, String waveId) {
        return properties.waveOutputDirectory(waveId).resolve("sms");
    }

    static Path batchFile(RaccrochageProperties properties, String waveId, LocalDate preparedOn) {
        return directory(properties, waveId).resolve("sms-" + preparedOn + ".csv");
    }

    static Path manifestFile(RaccrochageProperties properties, String waveId, LocalDate preparedOn) {
        return directory(properties, waveId).resolve("manifeste-sms-" + preparedOn + ".csv");
    }

    static String write(Path target, String[] header, List<String[]> rows) {
        ownerOnlyDirectory(target.toAbsolutePath().getParent());
        FrenchCsvFile.write(target, header, csv -> {
            rows.forEach(row -> csv.writeNext(row, false));
            return rows.size();
        });
        if (POSIX) {
            try {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return FileDigest.sha256(target);
    }

    private static void ownerOnlyDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
            if (POSIX) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
