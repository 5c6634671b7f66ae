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
    }
}
