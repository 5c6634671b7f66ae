package fr.raccrochage.partners;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The facts the feedback rule reads, and the two ways a feedback is stored (a file's line, the portal). */
@Repository
class JdbcFeedbackDao {

    private final JdbcTemplate jdbc;

    JdbcFeedbackDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean caseExists(String idAppel) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dossier_appel WHERE id_appel = ?", Integer.class, idAppel) > 0;
    }

    boolean sentTo(String idAppel, String partnerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM export_ligne WHERE id_appel = ? AND partenaire_id = ?",
                Integer.class, idAppel, partnerId) > 0;
    }

    boolean feedbackExists(String idAppel, String partnerId, FeedbackStatus status) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM retour_partenaire WHERE id_appel = ? AND partenaire_id = ? AND statut = ?",
                Integer.class, idAppel, partnerId, status.name()) > 0;
    }

    void insertFromFile(String idAppel, String partnerId, FeedbackStatus status, LocalDate date, long fileId, int line) {
        jdbc.update("""
                INSERT INTO retour_partenaire (id_appel, partenaire_id, statut, date_statut, fichier_id, ligne)
                VALUES (?, ?, ?, ?, ?, ?)""", idAppel, partnerId, status.name(), Date.valueOf(date), fileId, line);
    }

    void insertFromPortal(String idAppel, String partnerId, FeedbackStatus status, LocalDate date, long accountId,
            LocalDateTime now) {
        jdbc.update("""
                INSERT INTO retour_partenaire (id_appel, partenaire_id, statut, date_statut, compte_id, saisi_le)
                VALUES (?, ?, ?, ?, ?, ?)""", idAppel, partnerId, status.name(), Date.valueOf(date), accountId,
                Timestamp.valueOf(now));
    }
}
