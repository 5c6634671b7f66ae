package fr.raccrochage.partners;

import java.util.Locale;
import java.util.Optional;

/** STATUT of a partner's feedback line: what became of a young person it received. */
public enum FeedbackStatus {
    CONTACTE, ACCOMPAGNE, SORTIE_POSITIVE, INJOIGNABLE, REFUS;

    /**
     * The partner spoke with the young person (the public record's "contacted"): a refusal too is
     * said to someone the partner reached. See {@link FeedbackTally}.
     */
    public boolean isContact() {
        return this != INJOIGNABLE;
    }

    public static Optional<FeedbackStatus> parse(String text) {
        try {
            // "Contacté", "sortie positive": the spellings partners type in a spreadsheet
            return Optional.of(valueOf(fr.raccrochage.core.text.TextKeys.key(text).replace(' ', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
