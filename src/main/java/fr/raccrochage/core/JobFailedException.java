package fr.raccrochage.core;

/** A batch job that ended FAILED; the message says in French what to do next. */
public class JobFailedException extends RuntimeException {

    public JobFailedException(String frenchMessage, Throwable cause) {
        super(frenchMessage, cause);
    }
}
