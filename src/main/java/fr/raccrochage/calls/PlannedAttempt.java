package fr.raccrochage.calls;

import java.time.LocalDateTime;

/** One attempt on the call sheet: its number (1–10), when, and which number to dial. */
public record PlannedAttempt(int attempt, LocalDateTime at, PhoneNumber phone) {

  public TimeSlot slot() {
    return TimeSlot.of(at).orElseThrow();
  }
}
