package fr.raccrochage.ingestion.normalize;

/** A field value that cannot be trusted; the message is the French reason shown to operators. */
public class InvalidValueException extends RuntimeException {

    public InvalidValueException(String frenchReason) {
        // No stack trace: this reports bad data, not a bug, and an import may raise hundreds of
        // thousands of them (a sixth of the phone numbers); filling traces would cost seconds.
        super(frenchReason, null, false, false);
    }
}
