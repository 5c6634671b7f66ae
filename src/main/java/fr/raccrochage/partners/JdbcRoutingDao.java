package fr.raccrochage.partners;

import fr.raccrochage.core.cases.CaseStatus;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads a wave's cases for the routing and stores what the closing decided. */
@Repository
class JdbcRoutingDao {

    private final JdbcTemplate jdbc;

    JdbcRoutingDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int casesToClose(String waveId) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM dossier_appel d WHERE d.vague_id = ?
                AND NOT EXISTS (SELECT 1 FROM cloture_dossier c WHERE c.id_appel = d.id_appel)""", Integer.class, waveId);
    }

    /** The wave's cases the closing has not decided on yet, with their communes. */
    List<CaseFacts> casesToRoute(String waveId) {
        Map<Long, List<Residence>> residences = residences(waveId);
        Map<String, LocalDate> referralDates = referralDates(waveId);
        return jdbc.query("""
                SELECT d.id_appel, d.personne_id, d.statut, d.date_statut, d.date_rappel, d.exclusion,
                    d.exclusion_partenaire_id
                FROM dossier_appel d WHERE d.vague_id = ?
                AND NOT EXISTS (SELECT 1 FROM cloture_dossier c WHERE c.id_appel = d.id_appel)
                ORDER BY d.id_appel""", (rs, i) -> {
                    String id = rs.getString("id_appel");
                    Timestamp closed = rs.getTimestamp("date_statut");
                    LocalDate outcome = referralDates.getOrDefault(id,
                            closed == null ? null : closed.toLocalDateTime().toLocalDate());
                    return new CaseFacts(id, CaseStatus.valueOf(rs.getString("statut")), rs.getString("exclusion"),
                            rs.getString("exclusion_partenaire_id"), outcome, rs.getTimestamp("date_rappel") != null,
                            residences.getOrDefault(rs.getLong("personne_id"), List.of()));
                }, waveId);
    }

    /** Per person of the wave, the communes of its records: the young person's, then the guardians'. */
    private Map<Long, List<Residence>> residences(String waveId) {
        Map<Long, List<Residence>> byPerson = new HashMap<>();
        jdbc.query("""
                SELECT l.personne_id, e.code_insee_residence, e.source_residence, e.resp1_code_insee, e.resp2_code_insee
                FROM siei_lien_personne l
                JOIN siei_enregistrement e ON e.fichier_id = l.fichier_id AND e.ligne = l.ligne
                WHERE l.vague_id = ? AND e.vague_id = ?
                ORDER BY l.fichier_id, l.ligne""", rs -> {
                    List<Residence> list = byPerson.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>(3));
                    String source = rs.getString(3);
                    add(list, rs.getString(2), source == null || "NONE".equals(source) ? "JEUNE" : source);
                    add(list, rs.getString(4), "RESP1");
                    add(list, rs.getString(5), "RESP2");
                }, waveId, waveId);
        return byPerson;
    }

    private static void add(List<Residence> list, String code, String source) {
        if (code != null && !code.isBlank() && list.stream().noneMatch(r -> r.codeInsee().equals(code))) {
            list.add(new Residence(code, source));
        }
    }

    /** The day of the referral result (the last ORIENTE_ML / ORIENTE_CIO line) per case. */
    private Map<String, LocalDate> referralDates(String waveId) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        jdbc.query("""
                SELECT r.id_appel, MAX(r.date_appel) FROM resultat_appel r
                JOIN dossier_appel d ON d.id_appel = r.id_appel
                WHERE d.vague_id = ? AND r.resultat IN ('ORIENTE_ML', 'ORIENTE_CIO')
                GROUP BY r.id_appel""", rs -> {
                    dates.put(rs.getString(1), rs.getTimestamp(2).toLocalDateTime().toLocalDate());
                }, waveId);
        return dates;
    }

    void store(String waveId, List<Routing> routings, LocalDate closingDate, CallbackPolicy policy) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM cloture_vague WHERE vague_id = ?", Integer.class, waveId) == 0) {
            jdbc.update("INSERT INTO cloture_vague (vague_id, date_cloture, politique_rappel, cloture_le) VALUES (?, ?, ?, ?)",
                    waveId, Date.valueOf(closingDate), policy.name(), Timestamp.valueOf(LocalDateTime.now()));
        }
        Timestamp closedAt = Timestamp.valueOf(closingDate.atStartOfDay());
        List<Routing> closed = routings.stream().filter(Routing::closedNow).toList();
        jdbc.batchUpdate("UPDATE dossier_appel SET statut = ?, date_statut = ? WHERE id_appel = ? AND statut = 'A_APPELER'",
                closed, 1000, (ps, r) -> {
                    ps.setString(1, RoutingRules.CLOSED_AS.name());
                    ps.setTimestamp(2, closedAt);
                    ps.setString(3, r.idAppel());
                });
        List<Referral> referrals = new ArrayList<>();
        List<String> referralCases = new ArrayList<>();
        for (Routing r : routings) {
            for (Referral referral : r.referrals()) {
                referrals.add(referral);
                referralCases.add(r.idAppel());
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO orientation (id_appel, partenaire_id, motif, date_orientation, date_limite_rappel, code_insee)
                VALUES (?, ?, ?, ?, ?, ?)""", indices(referrals.size()), 1000, (ps, i) -> {
                    Referral referral = referrals.get(i);
                    ps.setString(1, referralCases.get(i));
                    ps.setString(2, referral.partnerId());
                    ps.setString(3, referral.motif().name());
                    ps.setDate(4, Date.valueOf(referral.date()));
                    ps.setDate(5, referral.deadline() == null ? null : Date.valueOf(referral.deadline()));
                    ps.setString(6, referral.codeInsee());
                });
        List<Routing> toRegion = routings.stream().filter(r -> r.region() != null).toList();
        jdbc.batchUpdate("INSERT INTO orientation_region (id_appel, motif, details) VALUES (?, ?, ?)", toRegion, 1000,
                (ps, r) -> {
                    ps.setString(1, r.idAppel());
                    ps.setString(2, r.region().motif());
                    ps.setString(3, truncate(r.region().details(), 500));
                });
        jdbc.batchUpdate("""
                INSERT INTO cloture_dossier (id_appel, vague_id, statut_avant, ferme, decision, code_insee, source)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", routings, 1000, (ps, r) -> {
                    ps.setString(1, r.idAppel());
                    ps.setString(2, waveId);
                    ps.setString(3, r.statusBefore());
                    ps.setBoolean(4, r.closedNow());
                    ps.setString(5, r.decision().name());
                    ps.setString(6, r.residence() == null ? null : r.residence().codeInsee());
                    ps.setString(7, r.residence() == null ? null : r.residence().source());
                });
    }

    private static List<Integer> indices(int size) {
        List<Integer> indices = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            indices.add(i);
        }
        return indices;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
