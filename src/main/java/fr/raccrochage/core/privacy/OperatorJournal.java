package fr.raccrochage.core.privacy;

import java.time.LocalDateTime;

/**
 * Who read or changed one young person's data, when, and on what ground. Entries hold
 * identifiers, never the personal data itself; the night purges them after twelve months.
 */
public interface OperatorJournal {

    /** How long entries are kept (the CNIL recommends 6 to 12 months for such logs). */
    int RETENTION_MONTHS = 12;

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

    /** Deletes the entries older than this moment; returns how many. */
    int purgeBefore(LocalDateTime cutoff);

    /** The operating-system user running this process, the default operator of the CLI. */
    static String osUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "inconnu" : user;
    }
}
