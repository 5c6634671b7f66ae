package fr.raccrochage.partners;

/**
 * The public record's figures for one partner and wave: of the young people sent, how many the
 * partner reports having contacted, and of those, how many it supports and how many left for a
 * positive exit (shares of contacted, as the scheme's published figures are).
 *
 * @param partnerId the partner, or null for the wave's total (each young person once)
 * @param sent young people sent (distinct ID_APPEL in export_ligne)
 * @param withFeedback sent young people with at least one feedback line
 * @param contacted with a CONTACTE, ACCOMPAGNE, SORTIE_POSITIVE or REFUS line (see {@link FeedbackTally})
 * @param supported with ACCOMPAGNE or SORTIE_POSITIVE
 * @param positiveExits with SORTIE_POSITIVE
 * @param unreachable with INJOIGNABLE and never contacted
 * @param refused with REFUS
 */
public record PartnerFigures(String waveId, String partnerId, String type, String nom, int sent, int withFeedback,
        int contacted, int supported, int positiveExits, int unreachable, int refused) {

    public double contactedShare() {
        return share(contacted, sent);
    }

    public double supportedShare() {
        return share(supported, contacted);
    }

    public double positiveExitShare() {
        return share(positiveExits, contacted);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
