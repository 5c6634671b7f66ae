package fr.raccrochage.ingestion;

/** A file that cannot be read as a whole; the message is the one French sentence operators see. */
public class FileRefusedException extends RuntimeException {

    public FileRefusedException(String frenchSentence) {
        super(frenchSentence);
    }

    public FileRefusedException(String frenchSentence, Throwable cause) {
        super(frenchSentence, cause);
    }
}
