package fr.raccrochage.rights;

import fr.raccrochage.calls.CallCaseChanges;
import fr.raccrochage.core.privacy.OperatorJournal;
import fr.raccrochage.core.privacy.OppositionSource;
import fr.raccrochage.core.privacy.Oppositions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one implementation of {@link Oppositions}, whatever brought the objection (operator, known-cases
 * list, nightly inbox, call result): records it, closes every case still open or waiting for the
 * closing ({@code EXCLU}, {@code OPPOSITION}) with its planned attempts and their capacity, holds the
 * referrals not yet sent (the {@link RightsOutputGate} bars the young person from every export) and
 * says which partners already received the young person, so that the Region can tell them.
 */
@Service
class OppositionService implements Oppositions {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcRightsDao dao;
    private final CallCaseChanges cases;
    private final OperatorJournal journal;
    private final TransactionTemplate tx;

    OppositionService(JdbcRightsDao dao, CallCaseChanges cases, OperatorJournal journal, TransactionTemplate tx) {
        this.dao = dao;
        this.cases = cases;
        this.journal = journal;
        this.tx = tx;
    }

    @Override
    public Outcome oppose(long personId, OppositionSource source, String origin, LocalDate since, Kind kind) {
        if (dao.isErased(personId)) {
            throw new ErasedPersonException(personId);
        }
        boolean recorded = dao.insertOpposition(personId, since, source.name(), origin, kind);
        CallCaseChanges.Closed closed = cases.closeAsOpposed(personId, LocalDateTime.now(),
                "opposition (" + source.name() + ") du " + FRENCH.format(since) + " : " + origin);
        return new Outcome(recorded, closed.cases(), closed.attemptsRemoved(), dao.pendingReferrals(personId),
                dao.partnersSent(personId));
    }

    @Override
    public Optional<Kind> kind(long personId) {
        return dao.oppositionKind(personId);
    }

    @Override
    public boolean liftPrecaution(long personId) {
        return dao.deletePrecaution(personId);
    }

    /** {@code jeune opposer}: one transaction, journaled; refused for an erased young person. */
    Outcome opposeByOperator(long personId, OppositionSource source, String comment, Actor actor) {
        return tx.execute(status -> {
            if (dao.isErased(personId)) {
                throw new RightsException(RightsException.Kind.REFUSE, new ErasedPersonException(personId).getMessage());
            }
            String origin = "opérateur " + actor.operator() + (comment == null || comment.isBlank() ? ""
                    : " (" + comment.strip() + ")");
            Outcome outcome = oppose(personId, source, origin);
            journal.record(actor.entry("JEUNE_OPPOSER", personId, String.join(" ", dao.caseIds(personId)),
                    source.name() + (comment == null || comment.isBlank() ? "" : " : " + comment.strip())));
            return outcome;
        });
    }
}
