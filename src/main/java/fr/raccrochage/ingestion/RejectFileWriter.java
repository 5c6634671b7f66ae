package fr.raccrochage.ingestion;

import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.core.inbound.ReceivedFiles.ReceivedFile;
import java.nio.file.Path;

/**
 * Where a wave's files' rejected lines go: {@code <sorties>/<vague>/rejets/<nom>.rejets.csv}, with
 * the file's ordinal when another file of the wave has the same name. The file is written from the
 * database by {@link ReceivedFiles#writeRejects}, so it is whole even after an interrupted run.
 */
public final class RejectFileWriter {

    private RejectFileWriter() {
    }

    /** The reject file of a file of the wave named {@code sourceFileName}, the first of its name. */
    public static Path rejectFile(Path waveOutputDirectory, String sourceFileName) {
        String base = sourceFileName.replaceFirst("\\.[^.]*$", "");
        return waveOutputDirectory.resolve("rejets").resolve(base + ReceivedFiles.REJECTS);
    }

    /** The reject file of a received file of a wave, named unambiguously. */
    public static Path rejectFile(ReceivedFiles files, RaccrochageProperties properties, ReceivedFile file) {
        return files.rejectFile(properties.waveOutputDirectory(file.waveId()).resolve("rejets"), file);
    }
}
