package fr.raccrochage.calls;

import java.time.LocalDateTime;
import java.util.Optional;

/** One attempt on the call sheet: its number (1–10), when, and which number to dial. */
public record PlannedAttempt(int attempt, LocalDateTime at, CallNumber phone) {

    /**
     * The slot of a planned attempt; empty only for a callback under custom calling hours that
     * open outside the {@link TimeSlot}s (e.g. a Sunday window).
     */
    public Optional<TimeSlot> slot() {
        return TimeSlot.of(at);
    }
}
