package fr.raccrochage.calls;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The calls stage's SQL for the files written for the call centre ({@link CallSheets}). */
@Repository
class JdbcCallSheetsDao {

    /** A case on the call sheet. */
    record SheetCase(String idAppel, long personId, String status) {
    }

    /** A number of a case, with the reason it was dropped (null while it is called). */
    record SheetNumber(String idAppel, CallNumber number, String droppedReason) {
    }

    /** An attempt of a case: planned (result empty) or reported (result given). */
    record SheetAttempt(String idAppel, int attempt, LocalDateTime at, String number, String result) {
    }

    /** An attempt planned on the day asked for, with the number's owner and the case's young person. */
    record DueAttempt(String idAppel, String attempt, LocalDateTime at, String number, String owner, long personId) {
    }

    private final JdbcTemplate jdbc;

    JdbcCallSheetsDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The wave's cases still on the sheet (neither excluded nor without a number), in ID_APPEL order. */
    List<SheetCase> sheetCases(String waveId) {
        return jdbc.query("""
                SELECT id_appel, personne_id, statut FROM dossier_appel
                WHERE vague_id = ? AND statut NOT IN ('EXCLU', 'SANS_NUMERO') ORDER BY id_appel""",
                (rs, i) -> new SheetCase(rs.getString(1), rs.getLong(2), rs.getString(3)), waveId);
    }

    /** The numbers of the wave's cases, per case in rank order. */
    List<SheetNumber> numbers(String waveId) {
        return jdbc.query("""
                SELECT n.id_appel, n.numero, n.titulaire, n.type, n.retire_motif FROM numero_appel n
                JOIN dossier_appel d ON d.id_appel = n.id_appel WHERE d.vague_id = ?
                ORDER BY n.id_appel, n.rang""", (rs, i) -> new SheetNumber(rs.getString(1),
                new CallNumber(rs.getString(2), CallNumber.Owner.valueOf(rs.getString(3)),
                        CallNumber.Type.valueOf(rs.getString(4))), rs.getString(5)), waveId);
    }

    /** The attempts planned in the wave (result empty). */
    List<SheetAttempt> plannedAttempts(String waveId) {
        return jdbc.query("""
                SELECT t.id_appel, t.tentative, t.prevue_le, t.numero FROM tentative_prevue t
                JOIN dossier_appel d ON d.id_appel = t.id_appel WHERE d.vague_id = ?""",
                (rs, i) -> new SheetAttempt(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toLocalDateTime(),
                        rs.getString(4), ""), waveId);
    }

    /** The attempts reported in the wave, with their result. */
    List<SheetAttempt> reportedAttempts(String waveId) {
        return jdbc.query("""
                SELECT r.id_appel, r.tentative, r.date_appel, r.numero, r.resultat FROM resultat_appel r
                JOIN dossier_appel d ON d.id_appel = r.id_appel WHERE d.vague_id = ?""",
                (rs, i) -> new SheetAttempt(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toLocalDateTime(),
                        rs.getString(4), rs.getString(5)), waveId);
    }

    /** The waves with attempts planned in {@code [from, to)}, in order. */
    List<String> wavesWithAttempts(LocalDateTime from, LocalDateTime to) {
        return jdbc.queryForList("""
                SELECT DISTINCT d.vague_id FROM tentative_prevue t JOIN dossier_appel d ON d.id_appel = t.id_appel
                WHERE t.prevue_le >= ? AND t.prevue_le < ? ORDER BY d.vague_id""", String.class, from, to);
    }

    /** The wave's attempts planned in {@code [from, to)}, in time then ID_APPEL order, one at a time. */
    void dueAttempts(String waveId, LocalDateTime from, LocalDateTime to, Consumer<DueAttempt> each) {
        jdbc.query("""
                SELECT t.id_appel, t.tentative, t.prevue_le, t.numero, n.titulaire, d.personne_id
                FROM tentative_prevue t JOIN dossier_appel d ON d.id_appel = t.id_appel
                JOIN numero_appel n ON n.id_appel = t.id_appel AND n.numero = t.numero
                WHERE d.vague_id = ? AND t.prevue_le >= ? AND t.prevue_le < ?
                ORDER BY t.prevue_le, t.id_appel""", rs -> {
            each.accept(new DueAttempt(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
                    rs.getString(4), rs.getString(5), rs.getLong(6)));
        }, waveId, from, to);
    }

    /** When the latest call reported in the wave was made, if any was. */
    Optional<LocalDateTime> latestCall(String waveId) {
        Timestamp latest = jdbc.queryForObject("""
                SELECT MAX(r.date_appel) FROM resultat_appel r JOIN dossier_appel d ON d.id_appel = r.id_appel
                WHERE d.vague_id = ?""", Timestamp.class, waveId);
        return Optional.ofNullable(latest).map(Timestamp::toLocalDateTime);
    }
}
