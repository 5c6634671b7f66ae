package fr.raccrochage.partners;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Referrals moved by a change of the directory ({@code reorientation}) and the withdrawals they owe. */
@Repository
class JdbcDirectoryChangeDao {

    /** A referral the partner has not closed: no feedback from it yet. */
    record OpenReferral(String idAppel, String partnerId, String motif, String codeInsee, boolean hasDeadline,
            boolean sent) {
    }

    /** A withdrawal owed to a former partner. */
    record Withdrawal(long id, String idAppel, String formerPartnerId, String motif, String codeInsee, LocalDate on,
            String waveId, long personId) {
    }

    private final JdbcTemplate jdbc;

    JdbcDirectoryChangeDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Referrals a directory change may move: not a "told it follows them" ({@code SUIVI}: the
     * partner really follows the young person), and no feedback from the partner yet (once it has
     * reported on the young person it keeps them, for their sake).
     */
    /**
     * The partner of referral {@code o} holds the young person: it was sent the referral and not told
     * to drop it since. A referral back to a partner that received a withdrawal is new to it again.
     */
    static final String HOLDS = " " + """
            EXISTS (SELECT 1 FROM export_ligne l JOIN export_partenaire p ON p.id = l.export_id
                WHERE l.partenaire_id = o.partenaire_id AND l.id_appel = o.id_appel
                AND NOT EXISTS (SELECT 1 FROM reorientation r WHERE r.id_appel = l.id_appel
                    AND r.ancien_partenaire_id = l.partenaire_id AND r.retrait_le >= p.exporte_le))""";

    List<OpenReferral> openReferrals() {
        return jdbc.query("""
                SELECT o.id_appel, o.partenaire_id, o.motif, o.code_insee,
                    CASE WHEN o.date_limite_rappel IS NULL THEN 0 ELSE 1 END,
                    CASE WHEN """ + HOLDS + """
                    THEN 1 ELSE 0 END
                FROM orientation o
                WHERE o.motif <> 'SUIVI'
                AND NOT EXISTS (SELECT 1 FROM retour_partenaire r WHERE r.id_appel = o.id_appel
                    AND r.partenaire_id = o.partenaire_id)
                ORDER BY o.id_appel, o.partenaire_id""", (rs, i) -> new OpenReferral(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getInt(5) == 1, rs.getInt(6) == 1));
    }

    boolean hasReferral(String idAppel, String partnerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM orientation WHERE id_appel = ? AND partenaire_id = ?", Integer.class,
                idAppel, partnerId) > 0;
    }

    /** Gives the referral to the new partner, from today (a new callback deadline when it had one). */
    void move(OpenReferral referral, String newPartnerId, long importId, LocalDate today, int deadlineDays) {
        jdbc.update("""
                UPDATE orientation SET partenaire_id = ?, date_orientation = ?, date_limite_rappel = ?
                WHERE id_appel = ? AND partenaire_id = ?""", newPartnerId, Date.valueOf(today),
                referral.hasDeadline() ? Date.valueOf(today.plusDays(deadlineDays)) : null, referral.idAppel(),
                referral.partnerId());
        // Back to a partner that was to be told to drop the young person: it keeps them, no withdrawal.
        jdbc.update("""
                UPDATE reorientation SET retrait_a_envoyer = FALSE
                WHERE id_appel = ? AND ancien_partenaire_id = ? AND retrait_le IS NULL""", referral.idAppel(), newPartnerId);
        jdbc.update("""
                INSERT INTO reorientation (id_appel, ancien_partenaire_id, nouveau_partenaire_id, motif, code_insee,
                    import_annuaire_id, reoriente_le, retrait_a_envoyer)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", referral.idAppel(), referral.partnerId(), newPartnerId, referral.motif(),
                referral.codeInsee(), importId, Date.valueOf(today), referral.sent());
    }

    /** The day each referral of this partner came to it through a directory change. */
    Map<String, LocalDate> reroutedTo(String partnerId) {
        Map<String, LocalDate> days = new HashMap<>();
        jdbc.query("""
                SELECT id_appel, MAX(reoriente_le) FROM reorientation WHERE nouveau_partenaire_id = ? GROUP BY id_appel""",
                rs -> {
                    days.put(rs.getString(1), rs.getDate(2).toLocalDate());
                }, partnerId);
        return days;
    }

    List<Withdrawal> pendingWithdrawals(String waveId) {
        return jdbc.query("""
                SELECT r.id, r.id_appel, r.ancien_partenaire_id, r.motif, r.code_insee, r.reoriente_le, d.vague_id,
                    d.personne_id
                FROM reorientation r JOIN dossier_appel d ON d.id_appel = r.id_appel
                WHERE r.retrait_a_envoyer = TRUE AND r.retrait_le IS NULL""" + (waveId == null ? "" : " AND d.vague_id = ?")
                + " ORDER BY r.ancien_partenaire_id, r.id_appel, r.id",
                (rs, i) -> new Withdrawal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getDate(6).toLocalDate(), rs.getString(7), rs.getLong(8)),
                waveId == null ? new Object[0] : new Object[] {waveId});
    }

    void markSent(List<Withdrawal> withdrawals, String file, String sha256, LocalDateTime now) {
        jdbc.batchUpdate("UPDATE reorientation SET retrait_fichier = ?, retrait_empreinte = ?, retrait_le = ? WHERE id = ?",
                withdrawals, 1000, (ps, w) -> {
                    ps.setString(1, file);
                    ps.setString(2, sha256);
                    ps.setTimestamp(3, Timestamp.valueOf(now));
                    ps.setLong(4, w.id());
                });
    }
}
