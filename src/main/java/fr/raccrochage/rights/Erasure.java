package fr.raccrochage.rights;

import fr.raccrochage.core.person.IdentityFields;
import fr.raccrochage.core.privacy.OperatorJournal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The right to erasure ({@code jeune effacer}). Refused while a case is still being called (the
 * operator records the objection first, which closes it). The young person's personal data leaves
 * every table as the purge removes it (the figures stay: cases and their outcomes, routings,
 * feedback, commune of residence, year of birth), and leaves the files still on disk. What stays is
 * a keyed hash of their INE and of their names + birth date ({@code suppression}): a later list
 * bringing them again is recognised by the {@link RightsOutputGate}, and they are never called.
 */
@Component
class Erasure {

    /** What the erasure did. */
    record Outcome(int rowsErased, int rejectsErased, int fingerprints, OutputFileScrubber.Scrub files,
            List<String> partnersSent) {
    }

    private final JdbcRightsDao dao;
    private final AccessRequest access;
    private final KeyedHashes hashes;
    private final OutputFileScrubber scrubber;
    private final OperatorJournal journal;
    private final TransactionTemplate tx;

    Erasure(JdbcRightsDao dao, AccessRequest access, KeyedHashes hashes, OutputFileScrubber scrubber,
            OperatorJournal journal, TransactionTemplate tx) {
        this.dao = dao;
        this.access = access;
        this.hashes = hashes;
        this.scrubber = scrubber;
        this.journal = journal;
        this.tx = tx;
    }

    Outcome erase(long personId, String ground, Actor actor) {
        if (ground == null || ground.isBlank()) {
            throw refused("Le motif de l'effacement est obligatoire (--motif).");
        }
        if (dao.isErased(personId)) {
            throw refused("Les données du jeune n° " + personId + " ont déjà été effacées : rien n'a été fait.");
        }
        List<String> open = dao.openCases(personId);
        if (!open.isEmpty()) {
            throw refused("Le jeune n° " + personId + " a un dossier d'appel ouvert (" + String.join(", ", open)
                    + ") : enregistrez d'abord son opposition (raccrochage jeune opposer " + personId
                    + " --source ...), qui clôt le dossier, puis relancez l'effacement. Rien n'a été effacé.");
        }
        List<JdbcRightsDao.RecordIdentity> identities = dao.identities(List.of(personId));
        PersonMarks marks = access.marks(personId);
        Section rejects = access.rejects(personId);
        List<String> partners = dao.partnersSent(personId);
        // Files first: they cannot be rolled back, and a failure below leaves the rows for a new attempt.
        OutputFileScrubber.Scrub files = scrubber.scrub(marks);
        return tx.execute(status -> {
            int prints = 0;
            for (JdbcRightsDao.RecordIdentity record : identities) {
                IdentityFields id = record.identity();
                String ine = hashes.ofIne(id.ine());
                if (ine != null) {
                    dao.insertSuppression(ine, "INE", personId);
                    prints++;
                }
                String identity = hashes.ofIdentityStored(id.lastName(), id.firstNames(), id.birthDate());
                if (identity != null) {
                    dao.insertSuppression(identity, "IDENTITE", personId);
                    prints++;
                }
            }
            List<long[]> lines = new ArrayList<>();
            for (List<String> row : rejects.rows()) {
                lines.add(new long[] {Long.parseLong(row.get(1)), Long.parseLong(row.get(2))});
            }
            dao.clearRejects(lines);
            int rows = dao.wipe(personId);
            dao.insertErasure(personId, actor.operator(), ground.strip());
            journal.record(actor.entry("JEUNE_EFFACER", personId, String.join(" ", dao.caseIds(personId)),
                    ground.strip()));
            return new Outcome(rows, rejects.rows().size(), prints, files, partners);
        });
    }

    private static RightsException refused(String message) {
        return new RightsException(RightsException.Kind.REFUSE, message);
    }
}
