package fr.raccrochage.partners;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The feedback report's SQL ({@link FeedbackReportService}): what was sent, what came back, what is late. */
@Repository
class JdbcFeedbackReportDao {

    private final JdbcTemplate jdbc;

    JdbcFeedbackReportDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One young person sent to one partner, why, and what that partner reported on them. */
    record Sent(String waveId, String partnerId, String caseId, String motif, Set<FeedbackStatus> statuses) {
    }

    List<Sent> sent(String waveId) {
        Map<String, Set<FeedbackStatus>> feedback = new HashMap<>();
        jdbc.query("SELECT partenaire_id, id_appel, statut FROM retour_partenaire", rs -> {
            feedback.computeIfAbsent(rs.getString(1) + '\u0000' + rs.getString(2), k -> EnumSet.noneOf(FeedbackStatus.class))
                    .add(FeedbackStatus.valueOf(rs.getString(3)));
        });
        return jdbc.query("""
                SELECT DISTINCT d.vague_id, l.partenaire_id, l.id_appel, o.motif FROM export_ligne l
                JOIN dossier_appel d ON d.id_appel = l.id_appel
                LEFT JOIN orientation o ON o.id_appel = l.id_appel AND o.partenaire_id = l.partenaire_id"""
                + (waveId == null ? "" : " WHERE d.vague_id = ?"), (rs, n) -> new Sent(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4) == null ? "" : rs.getString(4),
                        feedback.getOrDefault(rs.getString(2) + '\u0000' + rs.getString(3), Set.of())),
                waveId == null ? new Object[0] : new Object[] {waveId});
    }

    /** Referrals whose callback deadline is before {@code today} with no contact reported by their partner. */
    public List<OverdueReferral> overdue(String waveId, LocalDate today) {
        return jdbc.query("""
                SELECT d.vague_id, o.id_appel, o.partenaire_id, o.motif, o.date_orientation, o.date_limite_rappel,
                    (SELECT MIN(e.exporte_le) FROM export_ligne l JOIN export_partenaire e ON e.id = l.export_id
                        WHERE l.partenaire_id = o.partenaire_id AND l.id_appel = o.id_appel) AS premier_envoi,
                    (SELECT MAX(r.statut) FROM retour_partenaire r WHERE r.partenaire_id = o.partenaire_id
                        AND r.id_appel = o.id_appel) AS retour
                FROM orientation o JOIN dossier_appel d ON d.id_appel = o.id_appel
                WHERE o.date_limite_rappel < ?
                AND NOT EXISTS (SELECT 1 FROM retour_partenaire r WHERE r.partenaire_id = o.partenaire_id
                    AND r.id_appel = o.id_appel AND r.statut <> 'INJOIGNABLE')"""
                + (waveId == null ? "" : " AND d.vague_id = ?") + " ORDER BY o.date_limite_rappel, o.id_appel, o.partenaire_id",
                (rs, i) -> {
                    LocalDate deadline = rs.getDate("date_limite_rappel").toLocalDate();
                    Timestamp sent = rs.getTimestamp("premier_envoi");
                    Date date = rs.getDate("date_orientation");
                    return new OverdueReferral(rs.getString("vague_id"), rs.getString("id_appel"), rs.getString("partenaire_id"),
                            rs.getString("motif"), date.toLocalDate(), deadline, ChronoUnit.DAYS.between(deadline, today),
                            sent == null ? null : sent.toLocalDateTime().toLocalDate(), rs.getString("retour"));
                }, waveId == null ? new Object[] {Date.valueOf(today)} : new Object[] {Date.valueOf(today), waveId});
    }
}
