package fr.raccrochage.partners;

import java.util.List;

/**
 * What the closing decides for one case.
 *
 * @param closedNow the case was open and the closing closes it as {@code INJOIGNABLE}
 * @param residence the commune the routing used, null when none
 */
public record Routing(String idAppel, String statusBefore, boolean closedNow, Decision decision,
        List<Referral> referrals, RegionReferral region, Residence residence) {

    /** Where the case went; every case of a wave gets exactly one. */
    public enum Decision {
        /** Sent to at least one partner. */
        ORIENTE,
        /** Listed for the Region's staff. */
        REGION,
        /** A final outcome nobody needs to act on (in a solution, refusal, opposition, moved, excluded). */
        SANS_SUITE
    }

    public Routing {
        referrals = List.copyOf(referrals);
    }
}
