package fr.raccrochage.calls;

import fr.raccrochage.core.cases.CaseStatus;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of merging two young people's cases ({@link CaseMergeService}). */
@Repository
class JdbcCaseMergeDao {

    /** A stored case, with its exclusion. */
    record StoredCase(String id, String wave, CaseStatus status, String exclusion, String partner, String details) {
    }

    private static final String CASES = """
            SELECT id_appel, vague_id, statut, exclusion, exclusion_partenaire_id, exclusion_details
            FROM dossier_appel""";

    private final JdbcTemplate jdbc;

    JdbcCaseMergeDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredCase> cases(long person) {
        return jdbc.query(CASES + " WHERE personne_id = ? ORDER BY vague_id", JdbcCaseMergeDao::row, person);
    }

    List<StoredCase> cases(long person, String waveId) {
        return jdbc.query(CASES + " WHERE personne_id = ? AND vague_id = ?", JdbcCaseMergeDao::row, person, waveId);
    }

    private static StoredCase row(ResultSet rs, int i) throws SQLException {
        return new StoredCase(rs.getString(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6));
    }

    void movePerson(String idAppel, long person) {
        jdbc.update("UPDATE dossier_appel SET personne_id = ? WHERE id_appel = ?", person, idAppel);
    }

    /** The absorbed case's results renumbered after the kept case's; returns how many moved. */
    int moveResults(String from, String to) {
        Integer last = jdbc.queryForObject("SELECT COALESCE(MAX(tentative), 0) FROM resultat_appel WHERE id_appel = ?",
                Integer.class, to);
        List<Integer> attempts = jdbc.queryForList(
                "SELECT tentative FROM resultat_appel WHERE id_appel = ? ORDER BY date_appel, tentative", Integer.class,
                from);
        int next = last;
        for (int attempt : attempts) {
            jdbc.update("UPDATE resultat_appel SET id_appel = ?, tentative = ? WHERE id_appel = ? AND tentative = ?", to,
                    ++next, from, attempt);
        }
        return attempts.size();
    }

    /** The absorbed case's numbers the kept case lacks, withdrawn ones with their reason. */
    void addNumbers(String from, String to) {
        jdbc.update("""
                INSERT INTO numero_appel (id_appel, numero, titulaire, type, retire_motif)
                SELECT ?, g.numero, g.titulaire, g.type, g.retire_motif FROM numero_appel g
                WHERE g.id_appel = ? AND NOT EXISTS (SELECT 1 FROM numero_appel k WHERE k.id_appel = ?
                AND k.numero = g.numero) ORDER BY g.rang""", to, from, to);
    }

    boolean hasNumbers(String idAppel) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM numero_appel WHERE id_appel = ? AND retire_motif IS NULL",
                Integer.class, idAppel) > 0;
    }

    void exclude(String idAppel, String exclusion, String partner, String details) {
        jdbc.update("""
                UPDATE dossier_appel SET statut = ?, exclusion = ?, exclusion_partenaire_id = ?,
                exclusion_details = ?, date_statut = ? WHERE id_appel = ?""", CaseStatus.EXCLU.name(), exclusion, partner,
                JdbcCallsDao.truncate(details, 500), now(), idAppel);
    }

    void reopenWithNumbers(String idAppel) {
        jdbc.update("UPDATE dossier_appel SET statut = ?, date_statut = NULL WHERE id_appel = ?",
                CaseStatus.A_APPELER.name(), idAppel);
    }

    void closeAsDuplicate(String idAppel, String details) {
        jdbc.update("""
                UPDATE dossier_appel SET statut = ?, exclusion = ?, exclusion_partenaire_id = NULL,
                exclusion_details = ?, date_statut = ?, date_rappel = NULL WHERE id_appel = ?""", CaseStatus.EXCLU.name(),
                CaseMergeService.DOUBLON, details, now(), idAppel);
    }

    /** An exclusion lifted: the case is open again, or unreachable at once without a number. */
    void reopen(String idAppel, CaseStatus status) {
        jdbc.update("""
                UPDATE dossier_appel SET statut = ?, exclusion = NULL, exclusion_details = NULL, date_statut = NULL
                WHERE id_appel = ?""", status.name(), idAppel);
    }

    /** The exports that already carried the case, one French sentence each. */
    List<String> exportsSent(String idAppel) {
        return jdbc.query("""
                SELECT p.partenaire_id, p.fichier, p.exporte_le FROM export_ligne e
                JOIN export_partenaire p ON p.id = e.export_id WHERE e.id_appel = ? ORDER BY p.exporte_le""",
                (rs, i) -> "export déjà envoyé pour le dossier %s : partenaire %s, fichier %s du %s (à signaler au "
                        .formatted(idAppel, rs.getString(1), Path.of(rs.getString(2)).getFileName(),
                                rs.getTimestamp(3).toLocalDateTime().toLocalDate()) + "partenaire)", idAppel);
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now());
    }
}
