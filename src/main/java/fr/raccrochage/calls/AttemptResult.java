package fr.raccrochage.calls;

import java.time.LocalDateTime;

/** One line of a call-results file, already parsed (callbackAt only for RAPPEL). */
public record AttemptResult(
        int attempt, LocalDateTime at, String number, CallOutcome outcome, LocalDateTime callbackAt) {

    public static AttemptResult of(int attempt, LocalDateTime at, String number, CallOutcome outcome) {
        return new AttemptResult(attempt, at, number, outcome, null);
    }
}
