package fr.raccrochage.core.privacy;

/**
 * Who read or changed one young person's data, when, and on what ground. Entries hold
 * identifiers, never the personal data itself; the night purges them after twelve months.
 */
public interface OperatorJournal {

    /** Where the action came from. */
    enum Channel { CLI, NUIT, PORTAIL }

    /**
     * @param operator OS user, {@code --operateur}, or the portal account's e-mail
     * @param action   e.g. JEUNE_FICHE, JEUNE_OPPOSER, EXPORT_PARTENAIRE, PORTAIL_PAGE_JEUNE
     * @param personId the registry id, or null when the action is about many young people
     * @param target   identifiers only: an ID_APPEL, a partner id, a file name
     * @param ground   the ground given (motif, commentaire), or null
     */
    record Entry(String operator, Channel channel, String action, Long personId, String target, String ground) {
    }

    void record(Entry entry);
}
