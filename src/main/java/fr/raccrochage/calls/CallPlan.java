package fr.raccrochage.calls;

import java.util.List;

/**
  * The attempts planned for a case. {@code requested} is how many were wanted; when the period,
  * the gap or the capacity did not allow them all, {@link #isShort()} says so and the caller can
  * warn the operator instead of silently planning fewer calls.
  */
public record CallPlan(List<PlannedAttempt> attempts, int requested) {

    public CallPlan {
        attempts = List.copyOf(attempts);
    }

    public boolean isShort() {
        return attempts.size() < requested;
    }

    public int missing() {
        return requested - attempts.size();
    }
}
