package fr.raccrochage.partners;

import java.util.Set;

/**
 * The one definition of the feedback figures, for the bilan ({@code retours bilan}, its CSV) and
 * the report alike: of the young people sent, those the partner reports having <em>contacted</em>
 * (any of CONTACTE, ACCOMPAGNE, SORTIE_POSITIVE or REFUS: a refusal is said to someone the partner
 * reached), <em>supported</em> (ACCOMPAGNE or SORTIE_POSITIVE) and with a <em>positive exit</em>
 * (SORTIE_POSITIVE). A young person counts once in a total, whichever partners reported on them.
 */
final class FeedbackTally {

    int sent;
    int withFeedback;
    int contacted;
    int supported;
    int positiveExits;
    int unreachable;
    int refused;

    void add(Set<FeedbackStatus> statuses) {
        boolean contact = statuses.stream().anyMatch(FeedbackStatus::isContact);
        sent++;
        withFeedback += statuses.isEmpty() ? 0 : 1;
        contacted += contact ? 1 : 0;
        supported += statuses.contains(FeedbackStatus.ACCOMPAGNE) || statuses.contains(FeedbackStatus.SORTIE_POSITIVE) ? 1 : 0;
        positiveExits += statuses.contains(FeedbackStatus.SORTIE_POSITIVE) ? 1 : 0;
        unreachable += statuses.contains(FeedbackStatus.INJOIGNABLE) && !contact ? 1 : 0;
        refused += statuses.contains(FeedbackStatus.REFUS) ? 1 : 0;
    }

    PartnerFigures figures(String waveId, String partnerId, String type, String nom) {
        return new PartnerFigures(waveId, partnerId, type, nom, sent, withFeedback, contacted, supported, positiveExits,
                unreachable, refused);
    }
}
