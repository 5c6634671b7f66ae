package fr.raccrochage.calls;

import fr.raccrochage.ingestion.FileRefusedException;

/**
 * A results file whose re-plan the {@link ReplanGuard} holds: nothing of it is stored, and the
 * operator either fixes the file or imports it again saying the re-plan is wanted. It is a
 * refused file for the night (archived under {@code refuses/} with the reason).
 */
public class ReplanRefusedException extends FileRefusedException {

    public ReplanRefusedException(String message) {
        super(message);
    }
}
