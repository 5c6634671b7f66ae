package fr.raccrochage.partners;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;

    public FeedbackRule(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.queryForObject("SELECT COUNT(*) FROM dossier_appel WHERE id_appel = ?", Integer.class, idAppel) > 0;
    }

    boolean sent(String idAppel, String partnerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM export_ligne WHERE id_appel = ? AND partenaire_id = ?",
                Integer.class, idAppel, partnerId) > 0;
    }

    boolean known(String idAppel, String partnerId, FeedbackStatus status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM retour_partenaire WHERE id_appel = ? AND partenaire_id = ? AND statut = ?",
                Integer.class, idAppel, partnerId, status.name()) > 0;
    }

    /** Stores a line of an imported file (the caller checked the rule and that it is new). */
    void storeFromFile(String idAppel, String partnerId, FeedbackStatus status, LocalDate date, long fileId, int line) {
        jdbc.update("""
                INSERT INTO retour_partenaire (id_appel, partenaire_id, statut, date_statut, fichier_id, ligne)
                VALUES (?, ?, ?, ?, ?, ?)""", idAppel, partnerId, status.name(), Date.valueOf(date), fileId, line);
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
            jdbc.update("""
                    INSERT INTO retour_partenaire (id_appel, partenaire_id, statut, date_statut, compte_id, saisi_le)
                    VALUES (?, ?, ?, ?, ?, ?)""", idAppel, partnerId, parsed.name(),
                    Date.valueOf(FeedbackImportService.date(date).orElseThrow()), accountId, Timestamp.valueOf(now));
        } catch (DuplicateKeyException e) {
            return Recorded.ALREADY_KNOWN;
        }
        return Recorded.STORED;
    }
}
