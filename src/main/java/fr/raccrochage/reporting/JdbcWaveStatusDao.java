package fr.raccrochage.reporting;

import fr.raccrochage.calls.CallOutcome;
import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.reporting.WaveStatus.DailyList;
import fr.raccrochage.reporting.WaveStatus.LastImport;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Read-only counts over the stages' tables for {@code vague etat} and {@code vague liste}. */
@Repository
class JdbcWaveStatusDao {

    /** The results that count a young person as reached, as in the report (RAPPEL included). */
    static final String CONTACTS = Arrays.stream(CallOutcome.values()).filter(CallOutcome::isContact)
            .map(o -> "'" + o.name() + "'").collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;

    JdbcWaveStatusDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<String> waves() {
        return jdbc.queryForList("SELECT id FROM vague ORDER BY cree_le, id", String.class);
    }

    Optional<String> latestWave() {
        return jdbc.queryForList("SELECT id FROM vague ORDER BY cree_le DESC, id DESC", String.class).stream().findFirst();
    }

    LocalDateTime createdAt(String waveId) {
        return jdbc.queryForObject("SELECT cree_le FROM vague WHERE id = ?", Timestamp.class, waveId).toLocalDateTime();
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    int cases(String waveId) {
        return count("SELECT COUNT(*) FROM dossier_appel WHERE vague_id = ?", waveId);
    }

    int records(String waveId) {
        return count(ReceivedFiles.WAVE_RECORD_COUNT, waveId);
    }

    int rejectedRecords(String waveId) {
        return count("SELECT COUNT(*) FROM ligne_rejetee r JOIN fichier_recu f ON f.id = r.fichier_id "
                + "WHERE f.type = 'SIEI' AND f.vague_id = ?", waveId);
    }

    int sieiFiles(String waveId) {
        return count("SELECT COUNT(*) FROM fichier_recu WHERE type = 'SIEI' AND vague_id = ?", waveId);
    }

    int youngPeople(String waveId) {
        return count("SELECT COUNT(DISTINCT personne_id) FROM siei_lien_personne WHERE vague_id = ?", waveId);
    }

    int linkedRecords(String waveId) {
        return count("SELECT COUNT(*) FROM siei_lien_personne WHERE vague_id = ?", waveId);
    }

    /** Cases per status; an exclusion is named by its reason (EXCLU_OPPOSITION), as in the closing summary. */
    Map<String, Integer> casesByStatus(String waveId) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.query("SELECT statut, exclusion, COUNT(*) FROM dossier_appel WHERE vague_id = ? GROUP BY statut, exclusion", rs -> {
            counts.merge(CaseStatus.summaryKey(rs.getString(1), rs.getString(2)), rs.getInt(3), Integer::sum);
        }, waveId);
        return counts;
    }

    LocalDate[] callingPeriod(String waveId) {
        return jdbc.query("SELECT MIN(debut), MAX(fin) FROM dossier_appel WHERE vague_id = ?", rs -> {
            rs.next();
            Date from = rs.getDate(1);
            Date to = rs.getDate(2);
            return new LocalDate[] {from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate()};
        }, waveId);
    }

    int attemptsDone(String waveId) {
        return count("SELECT COUNT(*) FROM resultat_appel r JOIN dossier_appel d ON d.id_appel = r.id_appel WHERE d.vague_id = ?",
                waveId);
    }

    int attemptsPlanned(String waveId) {
        return count("""
                SELECT COUNT(*) FROM tentative_prevue t JOIN dossier_appel d ON d.id_appel = t.id_appel
                WHERE d.vague_id = ? AND NOT EXISTS (SELECT 1 FROM resultat_appel r WHERE r.id_appel = t.id_appel
                    AND r.tentative = t.tentative)""", waveId);
    }

    int attemptsOn(String waveId, LocalDate day) {
        Timestamp from = Timestamp.valueOf(day.atStartOfDay());
        Timestamp to = Timestamp.valueOf(day.plusDays(1).atStartOfDay());
        int planned = count("""
                SELECT COUNT(*) FROM tentative_prevue t JOIN dossier_appel d ON d.id_appel = t.id_appel
                WHERE d.vague_id = ? AND t.prevue_le >= ? AND t.prevue_le < ?
                AND NOT EXISTS (SELECT 1 FROM resultat_appel r WHERE r.id_appel = t.id_appel AND r.tentative = t.tentative)""",
                waveId, from, to);
        int done = count("""
                SELECT COUNT(*) FROM resultat_appel r JOIN dossier_appel d ON d.id_appel = r.id_appel
                WHERE d.vague_id = ? AND r.date_appel >= ? AND r.date_appel < ?""", waveId, from, to);
        return planned + done;
    }

    int reached(String waveId) {
        return count("SELECT COUNT(DISTINCT r.id_appel) FROM resultat_appel r JOIN dossier_appel d ON d.id_appel = r.id_appel "
                + "WHERE d.vague_id = ? AND r.resultat IN (" + CONTACTS + ")", waveId);
    }

    int rejectedResults(String waveId) {
        return count("SELECT COUNT(*) FROM ligne_rejetee r JOIN fichier_recu f ON f.id = r.fichier_id "
                + "WHERE f.type = 'RESULTATS_APPELS' AND f.vague_id = ?",
                waveId);
    }

    int pendingKnownCases() {
        return count("SELECT COUNT(*) FROM (SELECT DISTINCT fichier_id, ligne FROM cas_connu_a_verifier) a");
    }

    List<LastImport> lastImports(String waveId) {
        List<LastImport> imports = new ArrayList<>();
        last("liste SIEI", "SELECT nom, debut FROM fichier_recu WHERE type = 'SIEI' AND vague_id = ? ORDER BY debut DESC, id DESC", waveId)
                .ifPresent(imports::add);
        last("résultats d'appels", "SELECT nom, debut FROM fichier_recu WHERE type = 'RESULTATS_APPELS' AND vague_id = ? "
                + "ORDER BY debut DESC, id DESC",
                waveId).ifPresent(imports::add);
        last("jeunes déjà connus", "SELECT nom, debut FROM fichier_recu WHERE type = 'CAS_CONNUS' ORDER BY debut DESC, id DESC").ifPresent(imports::add);
        last("retours des partenaires", "SELECT nom, debut FROM fichier_recu WHERE type = 'RETOURS_PARTENAIRES' ORDER BY debut DESC, id DESC")
                .ifPresent(imports::add);
        last("annuaire des partenaires", "SELECT nom, importe_le FROM import_annuaire ORDER BY importe_le DESC, id DESC")
                .ifPresent(imports::add);
        return imports;
    }

    private Optional<LastImport> last(String kind, String sql, Object... args) {
        return jdbc.query(sql, (rs, i) -> new LastImport(kind, rs.getString(1), rs.getTimestamp(2).toLocalDateTime()), args)
                .stream().findFirst();
    }

    Optional<DailyList> nextDailyList(String waveId, LocalDate from) {
        List<DailyList> days = new ArrayList<>();
        jdbc.query("""
                SELECT t.prevue_le FROM tentative_prevue t JOIN dossier_appel d ON d.id_appel = t.id_appel
                WHERE d.vague_id = ? AND t.prevue_le >= ?
                AND NOT EXISTS (SELECT 1 FROM resultat_appel r WHERE r.id_appel = t.id_appel AND r.tentative = t.tentative)
                ORDER BY t.prevue_le""", rs -> {
                    LocalDate day = rs.getTimestamp(1).toLocalDateTime().toLocalDate();
                    if (days.isEmpty()) {
                        days.add(new DailyList(day, 1));
                    } else if (days.get(0).day().equals(day)) {
                        days.set(0, new DailyList(day, days.get(0).attempts() + 1));
                    }
                }, waveId, Timestamp.valueOf(from.atStartOfDay()));
        return days.stream().findFirst();
    }

    Optional<LocalDate> closedOn(String waveId) {
        return jdbc.queryForList("SELECT date_cloture FROM cloture_vague WHERE vague_id = ?", Date.class, waveId).stream()
                .findFirst().map(Date::toLocalDate);
    }

    boolean purged(String waveId) {
        return count("SELECT COUNT(*) FROM purge_vague WHERE vague_id = ?", waveId) > 0;
    }

    int referrals(String waveId) {
        return count("SELECT COUNT(*) FROM orientation o JOIN dossier_appel d ON d.id_appel = o.id_appel WHERE d.vague_id = ?",
                waveId);
    }

    int sentToPartners(String waveId) {
        return count("""
                SELECT COUNT(*) FROM orientation o JOIN dossier_appel d ON d.id_appel = o.id_appel WHERE d.vague_id = ?
                AND EXISTS (SELECT 1 FROM export_ligne l WHERE l.id_appel = o.id_appel AND l.partenaire_id = o.partenaire_id)""",
                waveId);
    }

    /** Per wave, in one pass each: records, young people, cases, open cases, calling period. */
    Map<String, int[]> countsPerWave() {
        Map<String, int[]> counts = new HashMap<>();
        jdbc.query(ReceivedFiles.RECORD_COUNT_PER_WAVE,
                rs -> { counts.computeIfAbsent(rs.getString(1), k -> new int[4])[0] = rs.getInt(2); });
        jdbc.query("SELECT vague_id, COUNT(DISTINCT personne_id) FROM siei_lien_personne GROUP BY vague_id",
                rs -> { counts.computeIfAbsent(rs.getString(1), k -> new int[4])[1] = rs.getInt(2); });
        jdbc.query("SELECT vague_id, COUNT(*), SUM(CASE WHEN statut = 'A_APPELER' THEN 1 ELSE 0 END) FROM dossier_appel "
                + "GROUP BY vague_id", rs -> {
                    int[] c = counts.computeIfAbsent(rs.getString(1), k -> new int[4]);
                    c[2] = rs.getInt(2);
                    c[3] = rs.getInt(3);
                });
        return counts;
    }
}
