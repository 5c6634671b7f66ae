package fr.raccrochage.partners;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export run wrote.
 *
 * @param directory the run's folder (null when there was nothing to send)
 * @param withheld referrals not sent because the directory no longer gives that partner for the commune
 */
public record ExportRun(Path directory, Path manifest, List<ExportedFile> files, int withheld) {

    public int rows() {
        return files.stream().mapToInt(ExportedFile::rows).sum();
    }
}
