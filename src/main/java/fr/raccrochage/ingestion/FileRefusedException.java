package fr.raccrochage.ingestion;

/**
 * Kept so that code written against the ingestion package still compiles; the type every reader
 * throws and every caller catches is {@link fr.raccrochage.core.inbound.FileRefusedException}.
 */
public class FileRefusedException extends fr.raccrochage.core.inbound.FileRefusedException {

    public FileRefusedException(String frenchSentence) {
        super(frenchSentence);
    }

    public FileRefusedException(String frenchSentence, Throwable cause) {
        super(frenchSentence, cause);
    }
}
