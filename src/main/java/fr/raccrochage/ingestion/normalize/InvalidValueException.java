package fr.raccrochage.ingestion.normalize;

/** A field value that cannot be trusted; the message is the French reason shown to operators. */
public class InvalidValueException extends RuntimeException {

    public InvalidValueException(String frenchReason) {
        super(frenchReason);
    }
}
