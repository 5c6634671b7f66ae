package fr.raccrochage.partners;

import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.core.person.RecordKey;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
                JOIN siei_enregistrement e ON\s""" + RecordKey.joins("e", "l") + """

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

    boolean directoryImported() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM import_annuaire", Integer.class) > 0;
    }

    int decidedCases(String waveId) {
        return count("SELECT COUNT(*) FROM cloture_dossier WHERE vague_id = ?", waveId);
    }

    int cases(String waveId) {
        return count("SELECT COUNT(*) FROM dossier_appel WHERE vague_id = ?", waveId);
    }

    /** Cases still open at the closing, closed by it. */
    int closedAtClosing(String waveId) {
        return count("SELECT COUNT(*) FROM cloture_dossier WHERE vague_id = ? AND ferme = TRUE", waveId);
    }

    /** The same whose callback was still pending. */
    int closedWithCallback(String waveId) {
        return count("SELECT COUNT(*) FROM cloture_dossier WHERE vague_id = ? AND ferme = TRUE AND statut_avant = ?",
                waveId, RoutingRules.OPEN_CALLBACK);
    }

    Map<String, Integer> decisions(String waveId) {
        return grouped("SELECT decision, COUNT(*) FROM cloture_dossier WHERE vague_id = ? GROUP BY decision ORDER BY decision",
                waveId);
    }

    Map<String, Integer> referralsByMotif(String waveId) {
        return grouped("""
                SELECT o.motif, COUNT(*) FROM orientation o JOIN dossier_appel d ON d.id_appel = o.id_appel
                WHERE d.vague_id = ? GROUP BY o.motif ORDER BY o.motif""", waveId);
    }

    int partnersReferredTo(String waveId) {
        return count("""
                SELECT COUNT(DISTINCT o.partenaire_id) FROM orientation o JOIN dossier_appel d ON d.id_appel = o.id_appel
                WHERE d.vague_id = ?""", waveId);
    }

    Map<String, Integer> regionByMotif(String waveId) {
        return grouped("""
                SELECT r.motif, COUNT(*) FROM orientation_region r JOIN dossier_appel d ON d.id_appel = r.id_appel
                WHERE d.vague_id = ? GROUP BY r.motif ORDER BY r.motif""", waveId);
    }

    /** The Region's list: its rows (id_appel, motif, details, statut, personne_id) in ID_APPEL order. */
    List<Map<String, Object>> regionRows(String waveId) {
        return jdbc.queryForList("""
                SELECT r.id_appel, r.motif, r.details, d.statut, d.personne_id
                FROM orientation_region r JOIN dossier_appel d ON d.id_appel = r.id_appel
                WHERE d.vague_id = ? ORDER BY r.id_appel""", waveId);
    }

    /** SANS_SUITE cases per status, an exclusion named by its reason (EXCLU_OPPOSITION). */
    Map<String, Integer> withoutFollowUp(String waveId) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.query("""
                SELECT d.statut, d.exclusion, COUNT(*) FROM cloture_dossier c JOIN dossier_appel d ON d.id_appel = c.id_appel
                WHERE c.vague_id = ? AND c.decision = 'SANS_SUITE' GROUP BY d.statut, d.exclusion""", rs -> {
                    counts.merge(CaseStatus.summaryKey(rs.getString(1), rs.getString(2)), rs.getInt(3), Integer::sum);
                }, waveId);
        return counts;
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private Map<String, Integer> grouped(String sql, String waveId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getInt(2));
        }, waveId);
        return counts;
    }
}
