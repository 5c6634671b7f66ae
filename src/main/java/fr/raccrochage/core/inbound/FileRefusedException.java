package fr.raccrochage.core.inbound;

/** A file that cannot be taken as a whole; the message is the French sentence for the operator. */
public class FileRefusedException extends RuntimeException {

    public FileRefusedException(String frenchSentence) {
        super(frenchSentence);
    }

    public FileRefusedException(String frenchSentence, Throwable cause) {
        super(frenchSentence, cause);
    }
}
