package fr.raccrochage.partners;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule for a partner's feedback, whether it comes in a file ({@code retours importer}) or
 * from the portal: the case exists, was sent to that partner, the status is one of the five and
 * the date is valid and not in the future; the same case, partner and status is stored once.
 */
@Service
public class FeedbackRule {

    /** A feedback recorded from the portal: stored now, or already known (same case, partner and status). */
    public enum Recorded { STORED, ALREADY_KNOWN }

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final JdbcFeedbackDao dao;

    FeedbackRule(JdbcFeedbackDao dao) {
        this.dao = dao;
    }

    /** Why this feedback is refused (French), or empty; {@code knownCase} and {@code sent} may be cached by the caller. */
    static Optional<String> refusal(String idAppel, String partnerId, String status, String date, LocalDate today,
            Predicate<String> knownCase, BiPredicate<String, String> sent) {
        if (!knownCase.test(idAppel)) {
            return Optional.of("ID_APPEL « " + idAppel + " » inconnu");
        }
        if (!sent.test(idAppel, partnerId)) {
            return Optional.of("le dossier " + idAppel + " n'a jamais été envoyé au partenaire « " + partnerId + " »");
        }
        if (FeedbackStatus.parse(status).isEmpty()) {
            return Optional.of("STATUT « " + status.strip()
                    + " » inconnu (CONTACTE, ACCOMPAGNE, SORTIE_POSITIVE, INJOIGNABLE ou REFUS attendu)");
        }
        Optional<LocalDate> parsed = FeedbackImportService.date(date);
        if (parsed.isEmpty()) {
            return Optional.of("DATE « " + date.strip() + " » invalide (JJ/MM/AAAA ou AAAA-MM-JJ attendu)");
        }
        if (parsed.get().isAfter(today)) {
            return Optional.of("DATE " + parsed.get().format(FRENCH_DATE) + " dans le futur");
        }
        return Optional.empty();
    }

    /** The same rule, each fact read from the database. */
    public Optional<String> refusal(String idAppel, String partnerId, String status, String date, LocalDate today) {
        return refusal(idAppel, partnerId, status == null ? "" : status, date == null ? "" : date, today, this::knownCase,
                this::sent);
    }

    boolean knownCase(String idAppel) {
        return dao.caseExists(idAppel);
    }

    boolean sent(String idAppel, String partnerId) {
        return dao.sentTo(idAppel, partnerId);
    }

    boolean known(String idAppel, String partnerId, FeedbackStatus status) {
        return dao.feedbackExists(idAppel, partnerId, status);
    }

    /** Stores a line of an imported file (the caller checked the rule and that it is new). */
    void storeFromFile(String idAppel, String partnerId, FeedbackStatus status, LocalDate date, long fileId, int line) {
        dao.insertFromFile(idAppel, partnerId, status, date, fileId, line);
    }

    /**
     * Feedback typed in the portal by an account.
     *
     * @throws IllegalArgumentException with the French reason when the rule refuses it; nothing is stored
     */
    @Transactional
    public Recorded record(String idAppel, String partnerId, String status, String date, LocalDate today, long accountId,
            LocalDateTime now) {
        refusal(idAppel, partnerId, status, date, today).ifPresent(reason -> {
            throw new IllegalArgumentException(Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".");
        });
        FeedbackStatus parsed = FeedbackStatus.parse(status).orElseThrow();
        if (known(idAppel, partnerId, parsed)) {
            return Recorded.ALREADY_KNOWN;
        }
        try {
            dao.insertFromPortal(idAppel, partnerId, parsed, FeedbackImportService.date(date).orElseThrow(), accountId, now);
        } catch (DuplicateKeyException e) {
            return Recorded.ALREADY_KNOWN;
        }
        return Recorded.STORED;
    }
}
