package fr.raccrochage.calls;

import fr.raccrochage.core.privacy.Oppositions;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the calls stage does when an operator says two young people are one ({@code doublons
 * decider}, MEME), in the caller's transaction: in each wave where both have a case, the absorbed
 * case's attempts done move to the kept case (they count towards its ten), its numbers are added,
 * its planned attempts are given back to the daily capacity, an exclusion (opposition, partner
 * follow-up…) is carried over, and the absorbed case is closed as {@value #DOUBLON}; the wave's open
 * cases are then re-planned together. Where only the absorbed person has a case, the case simply
 * changes person. Exports already sent for the absorbed case are reported, not recalled.
 */
@Service
public class CaseMergeService {

    /** The exclusion of a case closed because its young person was merged into another. */
    public static final String DOUBLON = "DOUBLON";

    private final JdbcTemplate jdbc;
    private final JdbcCallsDao dao;
    private final CallResultImportService results;
    private final Oppositions oppositions;

    CaseMergeService(JdbcTemplate jdbc, JdbcCallsDao dao, CallResultImportService results, Oppositions oppositions) {
        this.jdbc = jdbc;
        this.dao = dao;
        this.results = results;
        this.oppositions = oppositions;
    }

    private record StoredRow(String id, String wave, String status, String exclusion, String partner,
            String details) {
    }

    /** @return what changed, in French, one sentence a case */
    public List<String> mergePersons(long kept, long absorbed) {
        List<String> notes = new ArrayList<>();
        for (StoredRow gone : cases(absorbed)) {
            List<StoredRow> keptCases = jdbc.query(CASES + " WHERE personne_id = ? AND vague_id = ?", CaseMergeService::row,
                    kept, gone.wave());
            notes.addAll(exportsSent(gone.id()));
            if (keptCases.isEmpty()) {
                jdbc.update("UPDATE dossier_appel SET personne_id = ? WHERE id_appel = ?", kept, gone.id());
                notes.add("vague %s : le dossier %s passe au jeune n° %d".formatted(gone.wave(), gone.id(), kept));
                continue;
            }
            StoredRow keep = keptCases.get(0);
            int moved = moveResults(gone.id(), keep.id());
            addNumbers(gone.id(), keep.id());
            releasePlanned(gone.id());
            if ("EXCLU".equals(gone.status()) && !"EXCLU".equals(keep.status()) && !DOUBLON.equals(gone.exclusion())) {
                releasePlanned(keep.id());
                jdbc.update("""
                        UPDATE dossier_appel SET statut = 'EXCLU', exclusion = ?, exclusion_partenaire_id = ?,
                        exclusion_details = ?, date_statut = ? WHERE id_appel = ?""", gone.exclusion(), gone.partner(),
                        JdbcCallsDao.truncate("reportée du dossier " + gone.id() + (gone.details() == null ? ""
                                : " : " + gone.details()), 500), now(), keep.id());
                notes.add("vague %s : exclusion %s du dossier %s reportée sur %s".formatted(gone.wave(),
                        gone.exclusion(), gone.id(), keep.id()));
            } else if ("SANS_NUMERO".equals(keep.status()) && hasNumbers(keep.id())) {
                jdbc.update("UPDATE dossier_appel SET statut = 'A_APPELER', date_statut = NULL WHERE id_appel = ?",
                        keep.id());
            }
            jdbc.update("""
                    UPDATE dossier_appel SET statut = 'EXCLU', exclusion = ?, exclusion_partenaire_id = NULL,
                    exclusion_details = ?, date_statut = ?, date_rappel = NULL WHERE id_appel = ?""", DOUBLON,
                    "même jeune que le dossier " + keep.id(), now(), gone.id());
            restoreStatus(keep);
            int replanned = results.replanOpenCases(gone.wave(), LocalDateTime.now());
            notes.add("vague %s : dossier %s fusionné dans %s (%d tentative(s) faite(s) reprise(s)), %d dossier(s) "
                    .formatted(gone.wave(), gone.id(), keep.id(), moved, replanned) + "ouvert(s) replanifié(s)");
        }
        return notes;
    }

    /**
     * After an undone merge: the absorbed young person's cases closed as {@value #DOUBLON} open again
     * (the attempts moved to the kept case stay there) and their waves are re-planned.
     */
    public List<String> reopenAfterSplit(long absorbed) {
        List<String> notes = new ArrayList<>();
        for (StoredRow c : cases(absorbed)) {
            if (!DOUBLON.equals(c.exclusion())) {
                continue;
            }
            jdbc.update("""
                    UPDATE dossier_appel SET statut = ?, exclusion = NULL, exclusion_details = NULL, date_statut = NULL
                    WHERE id_appel = ?""", hasNumbers(c.id()) ? "A_APPELER" : "SANS_NUMERO", c.id());
            results.replanOpenCases(c.wave(), LocalDateTime.now());
            notes.add("vague %s : dossier %s rouvert".formatted(c.wave(), c.id()));
        }
        return notes;
    }

    private static final String CASES = """
            SELECT id_appel, vague_id, statut, exclusion, exclusion_partenaire_id, exclusion_details
            FROM dossier_appel""";

    private List<StoredRow> cases(long person) {
        return jdbc.query(CASES + " WHERE personne_id = ? ORDER BY vague_id", CaseMergeService::row, person);
    }

    private static StoredRow row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new StoredRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }

    /** The absorbed case's results renumbered after the kept case's. */
    private int moveResults(String from, String to) {
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

    private void addNumbers(String from, String to) {
        jdbc.update("""
                INSERT INTO numero_appel (id_appel, numero, titulaire, type, retire_motif)
                SELECT ?, g.numero, g.titulaire, g.type, g.retire_motif FROM numero_appel g
                WHERE g.id_appel = ? AND NOT EXISTS (SELECT 1 FROM numero_appel k WHERE k.id_appel = ?
                AND k.numero = g.numero)""", to, from, to);
    }

    private boolean hasNumbers(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM numero_appel WHERE id_appel = ? AND retire_motif IS NULL",
                Integer.class, id) > 0;
    }

    /** The case's planned attempts, their capacity given back. */
    private void releasePlanned(String id) {
        List<Map<String, Object>> days = jdbc.queryForList("""
                SELECT CAST(prevue_le AS DATE) AS jour, COUNT(*) AS n FROM tentative_prevue WHERE id_appel = ?
                GROUP BY CAST(prevue_le AS DATE)""", id);
        for (Map<String, Object> day : days) {
            jdbc.update("UPDATE capacite_appels SET prevues = prevues - ? WHERE jour = ?",
                    ((Number) day.get("n")).intValue(), day.get("jour"));
        }
        jdbc.update("DELETE FROM tentative_prevue WHERE id_appel = ?", id);
    }

    /** The kept case's status from all its results now (a final outcome of the absorbed case closes it). */
    private void restoreStatus(StoredRow keep) {
        dao.callableCases(keep.wave()).stream().filter(c -> c.id().value().equals(keep.id())).findFirst()
                .map(WaveCase::rebuild).ifPresent(c -> c.store(dao, oppositions));
    }

    private List<String> exportsSent(String id) {
        return jdbc.query("""
                SELECT p.partenaire_id, p.fichier, p.exporte_le FROM export_ligne e
                JOIN export_partenaire p ON p.id = e.export_id WHERE e.id_appel = ? ORDER BY p.exporte_le""",
                (rs, i) -> "export déjà envoyé pour le dossier %s : partenaire %s, fichier %s du %s (à signaler au "
                        .formatted(id, rs.getString(1), java.nio.file.Path.of(rs.getString(2)).getFileName(),
                                rs.getTimestamp(3).toLocalDateTime().toLocalDate()) + "partenaire)", id);
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now());
    }
}
