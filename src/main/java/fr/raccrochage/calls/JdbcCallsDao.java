package fr.raccrochage.calls;

import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.core.person.IdentityFields;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The calls stage's SQL: the wave's young people and their history, cases, numbers, plans, results. */
@Repository
class JdbcCallsDao {

    /** A case as stored, with everything needed to rebuild its {@link CallCase}. */
    record StoredCase(CallCaseId id, long personId, String status, CallingPeriod period, List<CallNumber> numbers,
            List<AttemptResult> results, Map<Integer, String> solutions, Set<String> withdrawn) {
    }

    // The wave's records, in file and line order (their key's). Joined to their person in memory: one
    // pass over each table.
    private static final String WAVE_RECORDS = """
            SELECT e.fichier_id, e.ligne, e.ine, e.nom, e.prenom, e.date_naissance, e.sexe, e.drapeaux, e.tel_jeune, e.tel_jeune_type,
                   e.resp1_tel, e.resp1_tel_type, e.resp2_tel, e.resp2_tel_type
            FROM siei_enregistrement e
            WHERE e.vague_id = ?
            ORDER BY e.cle""";

    private final JdbcTemplate jdbc;

    JdbcCallsDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The wave's young people, in the order of their first record (the ID_APPEL order). */
    List<WavePerson> wavePersons(String waveId) {
        Map<Long, Map<Integer, Long>> links = new HashMap<>();
        jdbc.query("SELECT fichier_id, ligne, personne_id FROM siei_lien_personne WHERE vague_id = ?", rs -> {
            links.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getLong(3));
        }, waveId);
        Map<Long, WavePerson> persons = new LinkedHashMap<>();
        jdbc.query(WAVE_RECORDS, rs -> {
            Long linked = links.getOrDefault(rs.getLong("fichier_id"), Map.of()).get(rs.getInt("ligne"));
            if (linked == null) {
                return;
            }
            long id = linked;
            WavePerson person = persons.get(id);
            List<CallNumber> numbers = person == null ? new ArrayList<>() : person.numbers();
            add(numbers, rs.getString("tel_jeune"), rs.getString("tel_jeune_type"), CallNumber.Owner.JEUNE);
            add(numbers, rs.getString("resp1_tel"), rs.getString("resp1_tel_type"), CallNumber.Owner.RESP1);
            add(numbers, rs.getString("resp2_tel"), rs.getString("resp2_tel_type"), CallNumber.Owner.RESP2);
            if (person == null) {
                String flags = rs.getString("drapeaux");
                persons.put(id, new WavePerson(id, IdentityFields.of(rs),
                        flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(List.of(flags.split("\\|"))), numbers));
            }
        }, waveId);
        return new ArrayList<>(persons.values());
    }

    private static void add(List<CallNumber> numbers, String number, String type, CallNumber.Owner owner) {
        if (number == null || number.isBlank() || numbers.stream().anyMatch(n -> n.number().equals(number))) {
            return;
        }
        numbers.add(new CallNumber(number, owner,
                "MOBILE".equals(type) ? CallNumber.Type.MOBILE : CallNumber.Type.FIXE));
    }

    /** What is known of the wave's young people from outside this wave. */
    Map<Long, PersonHistory> histories(String waveId) {
        Map<Long, Optional<PersonHistory.Opposition>> oppositions = new HashMap<>();
        Map<Long, List<PersonHistory.KnownCase>> known = new HashMap<>();
        Map<Long, List<PersonHistory.EarlierCase>> earlier = new HashMap<>();
        jdbc.query("""
                SELECT o.personne_id, o.depuis, o.origine FROM opposition o
                WHERE o.personne_id IN (SELECT personne_id FROM siei_lien_personne WHERE vague_id = ?)""",
                rs -> {
                    oppositions.put(rs.getLong(1), Optional.of(new PersonHistory.Opposition(
                            rs.getObject(2, LocalDate.class), rs.getString(3))));
                }, waveId);
        jdbc.query("""
                SELECT c.personne_id, c.statut, c.partenaire_id, c.date_statut, f.nom, c.ligne
                FROM cas_connu c JOIN fichier_recu f ON f.id = c.fichier_id AND f.type = 'CAS_CONNUS'
                WHERE c.personne_id IN (SELECT personne_id FROM siei_lien_personne WHERE vague_id = ?)""",
                rs -> {
                    known.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PersonHistory.KnownCase(
                            rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5),
                            rs.getInt(6)));
                }, waveId);
        jdbc.query("""
                SELECT d.personne_id, d.vague_id, d.statut, d.date_statut FROM dossier_appel d
                WHERE d.vague_id <> ? AND d.date_statut IS NOT NULL
                  AND d.personne_id IN (SELECT personne_id FROM siei_lien_personne WHERE vague_id = ?)""",
                rs -> {
                    earlier.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PersonHistory.EarlierCase(
                            rs.getString(2), CaseStatus.valueOf(rs.getString(3)), rs.getTimestamp(4).toLocalDateTime().toLocalDate()));
                }, waveId, waveId);
        Set<Long> ids = new HashSet<>(oppositions.keySet());
        ids.addAll(known.keySet());
        ids.addAll(earlier.keySet());
        Map<Long, PersonHistory> histories = new HashMap<>();
        for (Long id : ids) {
            histories.put(id, new PersonHistory(oppositions.getOrDefault(id, Optional.empty()),
                    known.getOrDefault(id, List.of()), earlier.getOrDefault(id, List.of())));
        }
        return histories;
    }

    Set<Long> personsWithCase(String waveId) {
        return new HashSet<>(jdbc.queryForList("SELECT personne_id FROM dossier_appel WHERE vague_id = ?", Long.class,
                waveId));
    }

    int caseCount(String waveId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dossier_appel WHERE vague_id = ?", Integer.class, waveId);
    }

    /** Highest sequence number used in the wave's ID_APPEL (they are assigned in order, never reused). */
    int lastSequence(String waveId) {
        String last = jdbc.queryForObject("SELECT MAX(id_appel) FROM dossier_appel WHERE vague_id = ?", String.class,
                waveId);
        return last == null ? 0 : Integer.parseInt(last.substring(last.length() - 6));
    }

    Optional<CallingPeriod> period(String waveId) {
        return jdbc.query("SELECT MIN(debut), MIN(fin) FROM dossier_appel WHERE vague_id = ?", rs -> {
            rs.next();
            LocalDate start = rs.getObject(1, LocalDate.class);
            return start == null ? Optional.empty()
                    : Optional.of(new CallingPeriod(start, rs.getObject(2, LocalDate.class)));
        }, waveId);
    }

    void insertCase(String waveId, long personId, CallCaseId id, String status, LocalDateTime statusAt,
            Exclusion exclusion, CallingPeriod period, LocalDateTime now) {
        jdbc.update("""
                INSERT INTO dossier_appel (id_appel, vague_id, personne_id, statut, date_statut, exclusion,
                    exclusion_partenaire_id, exclusion_details, debut, fin, cree_le)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id.value(), waveId, personId, status,
                statusAt == null ? null : Timestamp.valueOf(statusAt), exclusion == null ? null : exclusion.reason(),
                exclusion == null ? null : exclusion.partnerId(),
                exclusion == null ? null : truncate(exclusion.details(), 500), period.debut(), period.fin(),
                Timestamp.valueOf(now));
    }

    void insertNumbers(Map<CallCaseId, List<CallNumber>> numbers) {
        List<Object[]> rows = new ArrayList<>();
        numbers.forEach((id, list) -> list.forEach(n -> rows.add(new Object[] {id.value(), n.number(), n.owner().name(),
            n.type().name()})));
        jdbc.batchUpdate("INSERT INTO numero_appel (id_appel, numero, titulaire, type) VALUES (?, ?, ?, ?)", rows);
    }

    /** Replaces the attempts still to make of these cases (the done ones live in resultat_appel). */
    void replacePlans(Map<CallCaseId, List<PlannedAttempt>> plans) {
        List<Object[]> ids = plans.keySet().stream().map(id -> new Object[] {id.value()}).toList();
        jdbc.batchUpdate("DELETE FROM tentative_prevue WHERE id_appel = ?", ids);
        List<Object[]> rows = new ArrayList<>();
        plans.forEach((id, attempts) -> attempts.forEach(a -> rows.add(new Object[] {id.value(), a.attempt(),
                Timestamp.valueOf(a.at()), a.slot().map(Enum::name).orElse("HORS_CRENEAU"), a.phone().number()})));
        jdbc.batchUpdate("INSERT INTO tentative_prevue (id_appel, tentative, prevue_le, creneau, numero) VALUES (?, ?, ?, ?, ?)",
                rows);
    }

    /** The wave's planned attempts and their day, to see what a re-plan moved. */
    Map<ReplanGuard.AttemptKey, LocalDate> plannedAttempts(String waveId) {
        Map<ReplanGuard.AttemptKey, LocalDate> plan = new HashMap<>();
        jdbc.query("""
                SELECT t.id_appel, t.tentative, t.prevue_le FROM tentative_prevue t
                JOIN dossier_appel d ON d.id_appel = t.id_appel WHERE d.vague_id = ?""",
                rs -> {
                    plan.put(new ReplanGuard.AttemptKey(rs.getString(1), rs.getInt(2)),
                            rs.getTimestamp(3).toLocalDateTime().toLocalDate());
                }, waveId);
        return plan;
    }

    /** The planned days of these cases' attempts, to give their capacity back before re-planning. */
    List<LocalDate> plannedDays(String waveId) {
        return jdbc.query("""
                SELECT t.prevue_le FROM tentative_prevue t JOIN dossier_appel d ON d.id_appel = t.id_appel
                WHERE d.vague_id = ?""", (rs, i) -> rs.getTimestamp(1).toLocalDateTime().toLocalDate(), waveId);
    }

    /** The wave's cases that were put on the sheet (not EXCLU, not SANS_NUMERO), with numbers and results. */
    List<StoredCase> callableCases(String waveId) {
        Map<String, List<CallNumber>> numbers = new HashMap<>();
        Map<String, Set<String>> withdrawn = new HashMap<>();
        jdbc.query("""
                SELECT n.id_appel, n.numero, n.titulaire, n.type, n.retire_motif FROM numero_appel n
                JOIN dossier_appel d ON d.id_appel = n.id_appel WHERE d.vague_id = ?
                ORDER BY n.id_appel, n.rang""", rs -> {
            numbers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CallNumber(rs.getString(2),
                    CallNumber.Owner.valueOf(rs.getString(3)), CallNumber.Type.valueOf(rs.getString(4))));
            if (rs.getString(5) != null) {
                withdrawn.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
            }
        }, waveId);
        Map<String, List<AttemptResult>> results = new HashMap<>();
        Map<String, Map<Integer, String>> solutions = new HashMap<>();
        jdbc.query("""
                SELECT r.id_appel, r.tentative, r.date_appel, r.numero, r.resultat, r.date_rappel, r.solution
                FROM resultat_appel r JOIN dossier_appel d ON d.id_appel = r.id_appel WHERE d.vague_id = ?
                ORDER BY r.id_appel, r.tentative""", rs -> {
            results.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(result(rs));
            if (rs.getString(7) != null) {
                solutions.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getString(7));
            }
        }, waveId);
        return jdbc.query("""
                SELECT id_appel, personne_id, statut, debut, fin FROM dossier_appel
                WHERE vague_id = ? AND statut NOT IN ('EXCLU', 'SANS_NUMERO') ORDER BY id_appel""", (rs, i) -> {
            String id = rs.getString(1);
            return new StoredCase(new CallCaseId(id), rs.getLong(2), rs.getString(3),
                    new CallingPeriod(rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)),
                    numbers.getOrDefault(id, List.of()), results.getOrDefault(id, List.of()),
                    solutions.getOrDefault(id, Map.of()), withdrawn.getOrDefault(id, Set.of()));
        }, waveId);
    }

    private static AttemptResult result(ResultSet rs) throws SQLException {
        Timestamp callback = rs.getTimestamp(6);
        return new AttemptResult(rs.getInt(2), rs.getTimestamp(3).toLocalDateTime(), rs.getString(4),
                CallOutcome.valueOf(rs.getString(5)), callback == null ? null : callback.toLocalDateTime());
    }

    /** Every result recorded in the wave: the contact rates the re-planning learns from. */
    List<AttemptResult> waveResults(String waveId) {
        return jdbc.query("""
                SELECT r.id_appel, r.tentative, r.date_appel, r.numero, r.resultat, r.date_rappel
                FROM resultat_appel r JOIN dossier_appel d ON d.id_appel = r.id_appel WHERE d.vague_id = ?""",
                (rs, i) -> result(rs), waveId);
    }

    void updateCase(CallCaseId id, String status, String solution, LocalDateTime statusAt, LocalDateTime callbackAt) {
        jdbc.update("UPDATE dossier_appel SET statut = ?, solution = ?, date_statut = ?, date_rappel = ? WHERE id_appel = ?",
                status, solution, statusAt == null ? null : Timestamp.valueOf(statusAt),
                callbackAt == null ? null : Timestamp.valueOf(callbackAt), id.value());
    }

    void dropNumber(CallCaseId id, String number, String reason) {
        jdbc.update("UPDATE numero_appel SET retire_motif = ? WHERE id_appel = ? AND numero = ? AND retire_motif IS NULL",
                reason, id.value(), number);
    }

    /** The open cases (all waves) that may still dial this number, per wave. */
    Map<String, List<String>> openCasesWithNumber(String number) {
        Map<String, List<String>> byWave = new LinkedHashMap<>();
        jdbc.query("""
                SELECT d.vague_id, d.id_appel FROM numero_appel n JOIN dossier_appel d ON d.id_appel = n.id_appel
                WHERE n.numero = ? AND n.retire_motif IS NULL AND d.statut = 'A_APPELER'
                ORDER BY d.vague_id, d.id_appel""", rs -> {
            byWave.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }, number);
        return byWave;
    }

    /** Sets when a case closed, for a case closed without a call result (its last number withdrawn). */
    void closedAt(CallCaseId id, LocalDateTime at) {
        jdbc.update("UPDATE dossier_appel SET date_statut = ? WHERE id_appel = ? AND date_statut IS NULL",
                Timestamp.valueOf(at), id.value());
    }

    /** Every case of the wave: ID_APPEL → stored status. */
    Map<String, String> statuses(String waveId) {
        Map<String, String> statuses = new HashMap<>();
        jdbc.query("SELECT id_appel, statut FROM dossier_appel WHERE vague_id = ?", rs -> {
            statuses.put(rs.getString(1), rs.getString(2));
        }, waveId);
        return statuses;
    }

    /** Rows of (id_appel, tentative, date_appel, numero, resultat, date_rappel, solution, commentaire, agent, fichier_id, ligne). */
    void insertResults(List<Object[]> results) {
        jdbc.batchUpdate("""
                INSERT INTO resultat_appel (id_appel, tentative, date_appel, numero, resultat, date_rappel, solution,
                    commentaire, agent, fichier_id, ligne) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", results);
    }

    /** The wave's cases per stored status. */
    Map<String, Integer> casesByStatus(String waveId) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        jdbc.query("SELECT statut, COUNT(*) FROM dossier_appel WHERE vague_id = ? GROUP BY statut", rs -> {
            byStatus.put(rs.getString(1), rs.getInt(2));
        }, waveId);
        return byStatus;
    }

    int plannedAttemptCount(String waveId) {
        return count("""
                SELECT COUNT(*) FROM tentative_prevue t JOIN dossier_appel d ON d.id_appel = t.id_appel
                WHERE d.vague_id = ?""", waveId);
    }

    /** Open cases with no attempt planned (period or capacity used up). */
    int openWithoutAttempt(String waveId) {
        return count("""
                SELECT COUNT(*) FROM dossier_appel d WHERE d.vague_id = ? AND d.statut = 'A_APPELER'
                AND NOT EXISTS (SELECT 1 FROM tentative_prevue t WHERE t.id_appel = d.id_appel)""", waveId);
    }

    /** Open cases with fewer than ten attempts done or planned. */
    int shortCases(String waveId) {
        return count("""
                SELECT COUNT(*) FROM dossier_appel d WHERE d.vague_id = ? AND d.statut = 'A_APPELER'
                AND (SELECT COUNT(*) FROM tentative_prevue t WHERE t.id_appel = d.id_appel)
                  + (SELECT COUNT(*) FROM resultat_appel r WHERE r.id_appel = d.id_appel) < ?""", waveId,
                CallPlanner.MAX_ATTEMPTS);
    }

    int linkedPersons(String waveId) {
        return count("SELECT COUNT(DISTINCT personne_id) FROM siei_lien_personne WHERE vague_id = ?", waveId);
    }

    /** Cases per exclusion reason, in the order given. */
    Map<String, Integer> exclusions(String waveId, List<String> reasons) {
        Map<String, Integer> exclusions = new LinkedHashMap<>();
        for (String reason : reasons) {
            exclusions.put(reason, count("SELECT COUNT(*) FROM dossier_appel WHERE vague_id = ? AND exclusion = ?",
                    waveId, reason));
        }
        return exclusions;
    }

    /** Cases put on the sheet (neither EXCLU nor SANS_NUMERO). */
    int casesToCall(String waveId) {
        return count("SELECT COUNT(*) FROM dossier_appel WHERE vague_id = ? AND statut NOT IN ('EXCLU', 'SANS_NUMERO')",
                waveId);
    }

    int casesWithStatus(String waveId, CaseStatus status) {
        return count("SELECT COUNT(*) FROM dossier_appel WHERE vague_id = ? AND statut = ?", waveId, status.name());
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
