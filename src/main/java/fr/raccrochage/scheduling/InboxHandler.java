package fr.raccrochage.scheduling;

import java.time.LocalDate;

/**
 * Takes one kind of inbox file into its pipeline stage. Handlers reuse the stage's own import,
 * which is idempotent by content: a night killed between the import and the journal entry
 * imports nothing twice when it runs again.
 */
public interface InboxHandler {

    InboxKind kind();

    /**
     * Imports the file; returns the one-line French outcome for the night's summary. A file that
     * cannot be taken throws {@link fr.raccrochage.ingestion.FileRefusedException} with the
     * sentence operators read.
     */
    Outcome handle(InboxFile file, String wave, LocalDate night);

    /** @param needsOperator the file was taken but some of its lines were rejected */
    record Outcome(String summary, boolean needsOperator) {

        /** The import's figures, then where the rejected lines' reasons are when there are some. */
        static Outcome of(String figures, int rejected, java.nio.file.Path rejectFile) {
            return new Outcome(figures + (rejected > 0 ? " (motifs : " + rejectFile + ")" : ""), rejected > 0);
        }
    }

    /** The wave a file belongs to, for the kinds that need one: its folder's, else the wave in progress. */
    static String requireWave(String wave) {
        if (wave == null) {
            throw new fr.raccrochage.ingestion.FileRefusedException("Aucune vague en cours n'est configurée "
                    + "(raccrochage.nuit.vague) et le fichier n'est pas dans un sous-dossier portant le nom de sa vague.");
        }
        return wave;
    }
}
