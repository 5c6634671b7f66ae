package fr.raccrochage.calls;

import fr.raccrochage.core.cases.CaseStatus;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The calls stage's SQL for facts about one young person arriving during a wave: an objection
 * closing their cases, a number added or withdrawn, a later list bringing a new number.
 */
@Repository
class JdbcCaseChangesDao {

    /** A case of the young person that no closing has decided on yet. */
    record UndecidedCase(String idAppel, String waveId, CaseStatus status, CallingPeriod period) {
    }

    private final JdbcTemplate jdbc;

    JdbcCaseChangesDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's cases the wave closing has not decided on yet, in ID_APPEL order. */
    List<UndecidedCase> undecidedCases(long personId) {
        return jdbc.query("""
                SELECT d.id_appel, d.vague_id, d.statut, d.debut, d.fin FROM dossier_appel d
                WHERE d.personne_id = ? AND NOT EXISTS (SELECT 1 FROM cloture_dossier c WHERE c.id_appel = d.id_appel)
                ORDER BY d.id_appel""", (rs, i) -> new UndecidedCase(rs.getString(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3)),
                new CallingPeriod(rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))), personId);
    }

    /** Every case of the person whose numbers were not purged, with its wave and status. */
    Map<String, CaseStatus> casesWithStatus(long personId) {
        Map<String, CaseStatus> cases = new HashMap<>();
        jdbc.query("""
                SELECT d.id_appel, d.statut FROM dossier_appel d WHERE d.personne_id = ?
                AND NOT EXISTS (SELECT 1 FROM purge_vague p WHERE p.vague_id = d.vague_id)""",
                rs -> {
                    cases.put(rs.getString(1), CaseStatus.valueOf(rs.getString(2)));
                }, personId);
        return cases;
    }

    String waveOf(String idAppel) {
        return jdbc.queryForObject("SELECT vague_id FROM dossier_appel WHERE id_appel = ?", String.class, idAppel);
    }

    List<LocalDate> plannedDays(String idAppel) {
        return jdbc.query("SELECT prevue_le FROM tentative_prevue WHERE id_appel = ?",
                (rs, i) -> rs.getTimestamp(1).toLocalDateTime().toLocalDate(), idAppel);
    }

    int deletePlans(String idAppel) {
        return jdbc.update("DELETE FROM tentative_prevue WHERE id_appel = ?", idAppel);
    }

    void excludeAsOpposed(String idAppel, LocalDateTime at, String details) {
        jdbc.update("""
                UPDATE dossier_appel SET statut = 'EXCLU', exclusion = ?, exclusion_partenaire_id = NULL,
                    exclusion_details = ?, date_statut = ?, date_rappel = NULL, solution = NULL WHERE id_appel = ?""",
                Exclusion.OPPOSITION, JdbcCallsDao.truncate(details, 500), Timestamp.valueOf(at), idAppel);
    }

    /** The numbers on record for a case, withdrawn ones (FAUX_NUMERO...) included. */
    Set<String> numbers(String idAppel) {
        return new HashSet<>(jdbc.queryForList("SELECT numero FROM numero_appel WHERE id_appel = ?", String.class,
                idAppel));
    }

    void insertNumber(String idAppel, CallNumber number) {
        jdbc.update("INSERT INTO numero_appel (id_appel, numero, titulaire, type) VALUES (?, ?, ?, ?)", idAppel,
                number.number(), number.owner().name(), number.type().name());
    }

    int deleteNumber(String idAppel, String number) {
        return jdbc.update("DELETE FROM numero_appel WHERE id_appel = ? AND numero = ?", idAppel, number);
    }

    /** A case left without any number: unreachable (SANS_NUMERO when never called). */
    void closeWithoutNumber(String idAppel, LocalDateTime at) {
        jdbc.update("""
                UPDATE dossier_appel SET statut = CASE WHEN EXISTS (SELECT 1 FROM resultat_appel r
                    WHERE r.id_appel = dossier_appel.id_appel) THEN 'INJOIGNABLE' ELSE 'SANS_NUMERO' END,
                    date_statut = ?, date_rappel = NULL
                WHERE id_appel = ? AND statut = 'A_APPELER'""", Timestamp.valueOf(at), idAppel);
    }

    /** Numbers added by a rectification, per person of the wave. */
    Map<Long, List<CallNumber>> addedNumbers(String waveId) {
        Map<Long, List<CallNumber>> added = new HashMap<>();
        jdbc.query("""
                SELECT a.personne_id, a.numero, a.titulaire, a.type FROM telephone_ajoute a
                WHERE a.personne_id IN (SELECT personne_id FROM siei_lien_personne WHERE vague_id = ?)
                ORDER BY a.ajoute_le, a.numero""", rs -> {
                    added.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CallNumber(rs.getString(2),
                            CallNumber.Owner.valueOf(rs.getString(3)), CallNumber.Type.valueOf(rs.getString(4))));
                }, waveId);
        return added;
    }

    /** The wave's open cases (A_APPELER): ID_APPEL per person. */
    Map<Long, String> openCases(String waveId) {
        Map<Long, String> open = new HashMap<>();
        jdbc.query("SELECT personne_id, id_appel FROM dossier_appel WHERE vague_id = ? AND statut = 'A_APPELER'", rs -> {
            open.put(rs.getLong(1), rs.getString(2));
        }, waveId);
        return open;
    }

    /** The numbers on record per case of the wave (withdrawn ones included). */
    Map<String, Set<String>> waveNumbers(String waveId) {
        Map<String, Set<String>> numbers = new HashMap<>();
        jdbc.query("""
                SELECT n.id_appel, n.numero FROM numero_appel n JOIN dossier_appel d ON d.id_appel = n.id_appel
                WHERE d.vague_id = ?""", rs -> {
                    numbers.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }, waveId);
        return numbers;
    }
}
