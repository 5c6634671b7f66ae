package fr.raccrochage.rights;

import fr.raccrochage.calls.CallNumber;
import fr.raccrochage.core.privacy.OperatorJournal;
import fr.raccrochage.core.privacy.OppositionSource;
import fr.raccrochage.core.privacy.Oppositions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an operator does for one young person ({@code raccrochage jeune ...}; the portal may call
 * the same): find them, show everything held (access), record an objection, correct their data
 * (rectification), erase them (erasure). Each call is one transaction and one journal entry at least.
 */
@Service
public class YoungPersonRights {

    /** The correction asked for. */
    public record Correction(List<String> addNumbers, CallNumber.Owner owner, List<String> removeNumbers,
            String address, String postalCode, String communeName) {
    }

    /** What a correction did. */
    public record Corrected(List<String> added, List<String> removed, String commune, Set<String> wavesReplanned) {
    }

    /** What an erasure did. */
    public record Erased(int rowsErased, int rejectsErased, int fingerprints, List<Path> filesRewritten, int linesRemoved,
            List<Path> filesNotScrubbed, List<String> partnersSent) {
    }

    private final YoungPersonFinder finder;
    private final AccessRequest access;
    private final OppositionService oppositions;
    private final Rectification rectification;
    private final Erasure erasure;
    private final OperatorJournal journal;
    private final TransactionTemplate tx;

    YoungPersonRights(YoungPersonFinder finder, AccessRequest access, OppositionService oppositions,
            Rectification rectification, Erasure erasure, OperatorJournal journal, TransactionTemplate tx) {
        this.finder = finder;
        this.access = access;
        this.oppositions = oppositions;
        this.rectification = rectification;
        this.erasure = erasure;
        this.journal = journal;
        this.tx = tx;
    }

    /** The young person an identifier names (ID_APPEL, registry number, INE, phone, name). */
    public long resolve(String identifier) {
        return finder.resolve(identifier);
    }

    public List<YoungPersonLine> search(String text, LocalDate born, Actor actor) {
        return tx.execute(status -> {
            List<YoungPersonLine> found = finder.search(text, born);
            // The search text may be a name: the journal keeps only what was found.
            journal.record(actor.entry("JEUNE_CHERCHER", found.size() == 1 ? found.get(0).personId() : null,
                    found.size() + " résultat(s)" + (found.size() > 1 ? " : n° " + String.join(", ",
                            found.stream().map(l -> String.valueOf(l.personId())).toList()) : ""), null));
            return found;
        });
    }

    public static String describe(YoungPersonLine line) {
        return YoungPersonFinder.describe(line);
    }

    /** Everything held; with a target, also written as HTML + CSV (the paths are returned). */
    public YoungPersonFile file(long personId, Path target, Actor actor, List<Path> written) {
        return tx.execute(status -> {
            YoungPersonFile file = access.build(personId);
            if (target != null) {
                written.addAll(access.write(file, target));
            }
            journal.record(actor.entry("JEUNE_FICHE", personId, target == null ? "écran" : target.getFileName().toString(),
                    null));
            return file;
        });
    }

    public Oppositions.Outcome oppose(long personId, OppositionSource source, String comment, Actor actor) {
        return oppositions.opposeByOperator(personId, source, comment, actor);
    }

    public Corrected correct(long personId, Correction c, Actor actor) {
        Rectification.Outcome o = rectification.correct(personId, new Rectification.Request(c.addNumbers(),
                c.owner(), c.removeNumbers(), c.address(), c.postalCode(), c.communeName()), actor);
        return new Corrected(o.added(), o.removed(), o.commune(), o.wavesReplanned());
    }

    public Erased erase(long personId, String ground, Actor actor) {
        Erasure.Outcome o = erasure.erase(personId, ground, actor);
        return new Erased(o.rowsErased(), o.rejectsErased(), o.fingerprints(), o.files().rewritten(), o.files().lines(),
                o.files().notScrubbed(), o.partnersSent());
    }
}
