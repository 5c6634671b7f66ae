package fr.raccrochage.partners;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * A wave's closing, counted from what is stored: every case falls in exactly one decision.
 *
 * @param decidedNow cases decided by this run (0 on a re-run)
 * @param closedOpen open cases the closing closed as INJOIGNABLE, of which {@code closedCallbacks} had a callback pending
 * @param decisions cases per decision (ORIENTE, REGION, SANS_SUITE)
 * @param referralsByMotif orientation rows per motif
 * @param regionByMotif Region's list per motif
 * @param withoutFollowUp SANS_SUITE cases per status
 */
public record ClosingSummary(String waveId, LocalDate closingDate, int cases, int decidedNow, int closedOpen,
        int closedCallbacks, Map<String, Integer> decisions, Map<String, Integer> referralsByMotif, int partners,
        Map<String, Integer> regionByMotif, Map<String, Integer> withoutFollowUp, Path regionFile) {

    public int decided() {
        return decisions.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int decision(Routing.Decision decision) {
        return decisions.getOrDefault(decision.name(), 0);
    }

    /** The sum check: every case of the wave has one decision. */
    public boolean allAccounted() {
        return decided() == cases;
    }
}
