package fr.raccrochage.calls;

import java.util.regex.Pattern;

/**
  * ID_APPEL: wave id + a sequence number within the wave, e.g. {@code V2026-1-000123}. It is
  * printed on call sheets sent to a contractor, so it carries no personal data (no INE, no name,
  * no hash of either, which could be matched back by whoever holds the list). It is stable
  * because the sequence is assigned once, when the case is created, and stored with it; it is
  * short enough to read over the phone.
  */
public record CallCaseId(String value) {

    private static final Pattern FORMAT = Pattern.compile("V[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-\\d{6}");

    public CallCaseId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("ID_APPEL invalide : " + value);
        }
    }

    /** {@code of("2026-1", 123)} gives {@code V2026-1-000123}. */
    public static CallCaseId of(String waveId, int sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("sequence must be 1..999999: " + sequence);
        }
        return new CallCaseId(String.format("V%s-%06d", waveId, sequence));
    }

    /** Seed for the planner's tie-breaks: the same case always gets the same plan. */
    public long seed() {
        long h = 1125899906842597L;
        for (int i = 0; i < value.length(); i++) {
            h = 31 * h + value.charAt(i);
        }
        return h;
    }

    @Override
    public String toString() {
        return value;
    }
}
