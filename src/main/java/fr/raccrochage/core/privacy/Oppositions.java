package fr.raccrochage.core.privacy;

import java.time.LocalDate;
import java.util.List;

/**
 * The one way an objection is recorded, whatever brought it (operator command, known-cases list,
 * nightly inbox, call result, SMS STOP, portal): every path calls this, so every stage stops at once.
 */
public interface Oppositions {

    /**
     * What recording the objection did, in the caller's transaction.
     *
     * @param recorded false when the young person had already objected (the first objection stays)
     * @param closedCases the ID_APPEL of the cases closed now (EXCLU, OPPOSITION)
     * @param attemptsRemoved planned attempts removed (their capacity given back)
     * @param exportsHeld referrals not yet sent to their partner, held from now on
     * @param partnersAlreadySent partners that already received this young person's data, to be told
     */
    record Outcome(boolean recorded, List<String> closedCases, int attemptsRemoved, int exportsHeld,
            List<String> partnersAlreadySent) {
    }

    /**
     * What an opposition is: {@link #REELLE} someone objected (the young person, a guardian, a partner);
     * {@link #PRECAUTION} identity set it because the young person may be one who objected, until a
     * person settles the pair. Both bar every output; only a precaution can ever be lifted.
     */
    enum Kind {
        REELLE, PRECAUTION
    }

    /** Thrown when the young person's data was erased: there is nothing left to object to. */
    class ErasedPersonException extends IllegalStateException {
        public ErasedPersonException(long personId) {
            super("Les données du jeune n° " + personId + " ont été effacées : il n'y a plus rien à quoi s'opposer "
                    + "(il ne sera de toute façon plus appelé ni envoyé).");
        }
    }

    /**
     * Records that this young person objects (the first recorded objection stays) and applies it:
     * every open case closed, planned attempts removed, pending exports held.
     *
     * @param origin where it came from, identifiers only (e.g. "liste connus oppositions.csv ligne 12")
     * @throws ErasedPersonException when the young person's data was erased
     */
    default Outcome oppose(long personId, OppositionSource source, String origin) {
        return oppose(personId, source, origin, LocalDate.now());
    }

    /** The same, for an objection expressed on that day (the date of a known-case line, of a call). */
    default Outcome oppose(long personId, OppositionSource source, String origin, LocalDate since) {
        return oppose(personId, source, origin, since, Kind.REELLE);
    }

    /**
     * The same, of a kind. A real objection on a young person who holds only a precaution replaces
     * the precaution ({@code recorded} true); a precaution never replaces anything.
     */
    Outcome oppose(long personId, OppositionSource source, String origin, LocalDate since, Kind kind);

    /** The young person's opposition's kind, empty when they have none. */
    java.util.Optional<Kind> kind(long personId);

    /**
     * Lifts the young person's precautionary opposition, in the caller's transaction: true when one
     * was lifted. A real objection is never lifted (false): only its owner can withdraw it.
     */
    boolean liftPrecaution(long personId);
}
