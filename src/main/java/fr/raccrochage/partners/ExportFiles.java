package fr.raccrochage.partners;

import fr.raccrochage.core.FrenchCsvFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Files holding personal data: French CSV written atomically (temporary file, then move), readable
 * by their owner only where the file system has POSIX permissions.
 */
final class ExportFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private ExportFiles() {
    }

    /** @return the number of data rows written */
    static int write(Path target, String[] header, List<String[]> rows) {
        // The temporary file is created owner-only (createTempFile), so the data is never readable by others.
        int written = FrenchCsvFile.write(target, header, csv -> {
            for (String[] row : rows) {
                csv.writeNext(row, false);
            }
            return rows.size();
        });
        ownerOnly(target);
        return written;
    }

    static void ownerOnlyDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
            if (POSIX) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void ownerOnly(Path file) {
        if (POSIX) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
