package fr.raccrochage.core.inbound;

/** A cell whose value cannot be trusted; the message is the French reason of the line's reject. */
public class InvalidValueException extends RuntimeException {

    public InvalidValueException(String frenchReason) {
        // No stack trace: bad data, not a bug, and an import may raise hundreds of thousands.
        super(frenchReason, null, false, false);
    }
}
