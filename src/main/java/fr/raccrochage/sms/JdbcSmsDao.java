package fr.raccrochage.sms;

import fr.raccrochage.calls.CallNumber;
import fr.raccrochage.core.person.RecordKey;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SMS stage's SQL. The calls stage's tables (cases, numbers, planned attempts, results) and the
 * SIEI records are read, never written: a number is withdrawn through the calls stage's service.
 */
@Repository
class JdbcSmsDao {

    /** An open case of the wave and its next planned attempt. */
    record OpenCase(String idAppel, long personId, LocalDateTime nextAttempt, int failedAttempts) {
    }

    /** A number of a case as the calls stage holds it. */
    record CaseNumber(String number, CallNumber.Owner owner, CallNumber.Type type, boolean withdrawn) {
    }

    /** What a message needs of the young person: the first name, and the birth date to tell a minor. */
    record PersonFacts(String firstName, LocalDate birthDate) {
    }

    private final JdbcTemplate jdbc;

    JdbcSmsDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean waveExists(String waveId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM vague WHERE id = ?", Integer.class, waveId) > 0;
    }

    boolean wavePlanned(String waveId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dossier_appel WHERE vague_id = ?", Integer.class, waveId) > 0;
    }

    /** Open cases with an attempt still planned, in ID_APPEL order. */
    List<OpenCase> openCases(String waveId) {
        Map<String, Integer> failed = new HashMap<>();
        jdbc.query("""
                SELECT r.id_appel, COUNT(*) FROM resultat_appel r JOIN dossier_appel d ON d.id_appel = r.id_appel
                WHERE d.vague_id = ? AND r.resultat IN ('NRP', 'MESSAGERIE', 'OCCUPE', 'FAUX_NUMERO', 'NUMERO_INVALIDE')
                GROUP BY r.id_appel""", rs -> {
            failed.put(rs.getString(1), rs.getInt(2));
        }, waveId);
        return jdbc.query("""
                SELECT d.id_appel, d.personne_id, MIN(t.prevue_le) FROM dossier_appel d
                JOIN tentative_prevue t ON t.id_appel = d.id_appel
                WHERE d.vague_id = ? AND d.statut = 'A_APPELER'
                GROUP BY d.id_appel, d.personne_id ORDER BY d.id_appel""",
                (rs, i) -> new OpenCase(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toLocalDateTime(),
                        failed.getOrDefault(rs.getString(1), 0)), waveId);
    }

    Map<String, List<CaseNumber>> numbers(String waveId) {
        Map<String, List<CaseNumber>> numbers = new HashMap<>();
        jdbc.query("""
                SELECT n.id_appel, n.numero, n.titulaire, n.type, n.retire_motif FROM numero_appel n
                JOIN dossier_appel d ON d.id_appel = n.id_appel WHERE d.vague_id = ?
                ORDER BY n.id_appel, n.rang""", rs -> {
            numbers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CaseNumber(rs.getString(2),
                    CallNumber.Owner.valueOf(rs.getString(3)), CallNumber.Type.valueOf(rs.getString(4)),
                    rs.getString(5) != null));
        }, waveId);
        return numbers;
    }

    /** First name and birth date from each young person's first record in the wave (file, then line). */
    Map<Long, PersonFacts> persons(String waveId) {
        Map<Long, PersonFacts> persons = new HashMap<>();
        jdbc.query("SELECT l.personne_id, e.prenom, e.date_naissance FROM siei_lien_personne l"
                + " JOIN siei_enregistrement e ON " + RecordKey.joins("e", "l")
                + " WHERE l.vague_id = ? ORDER BY l.fichier_id, l.ligne", rs -> {
            persons.putIfAbsent(rs.getLong(1), new PersonFacts(rs.getString(2), rs.getObject(3, LocalDate.class)));
        }, waveId);
        return persons;
    }

    Set<String> stoppedNumbers() {
        return new HashSet<>(jdbc.queryForList("SELECT numero FROM sms_stop", String.class));
    }

    boolean isStopped(String number) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sms_stop WHERE numero = ?", Integer.class, number) > 0;
    }

    /** Records the STOP unless the number had already answered one; returns whether it is new. */
    boolean recordStop(String number, LocalDateTime at, String origin) {
        if (isStopped(number)) {
            return false;
        }
        jdbc.update("INSERT INTO sms_stop (numero, depuis, origine) VALUES (?, ?, ?)", number, Timestamp.valueOf(at),
                cut(origin, 200));
        return true;
    }

    Map<String, ControlGroup.Group> groups(String waveId) {
        Map<String, ControlGroup.Group> groups = new HashMap<>();
        jdbc.query("SELECT id_appel, groupe FROM sms_groupe WHERE vague_id = ?", rs -> {
            groups.put(rs.getString(1), ControlGroup.Group.valueOf(rs.getString(2)));
        }, waveId);
        return groups;
    }

    void insertGroups(String waveId, Map<String, ControlGroup.Group> drawn, LocalDateTime now) {
        List<Object[]> rows = new ArrayList<>();
        drawn.forEach((id, group) -> rows.add(new Object[] {id, waveId, group.name(), Timestamp.valueOf(now)}));
        jdbc.batchUpdate("INSERT INTO sms_groupe (id_appel, vague_id, groupe, tire_le) VALUES (?, ?, ?, ?)", rows);
    }

    Optional<Long> lot(String waveId, LocalDate preparedOn) {
        return jdbc.queryForList("SELECT id FROM sms_lot WHERE vague_id = ? AND date_preparation = ?", Long.class,
                waveId, preparedOn).stream().findFirst();
    }

    long insertLot(String waveId, LocalDate preparedOn, LocalDateTime sendAt, LocalDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("""
                    INSERT INTO sms_lot (vague_id, date_preparation, envoi_prevu, cree_le) VALUES (?, ?, ?, ?)""",
                    new String[] {"id"});
            ps.setString(1, waveId);
            ps.setObject(2, preparedOn);
            ps.setTimestamp(3, Timestamp.valueOf(sendAt));
            ps.setTimestamp(4, Timestamp.valueOf(now));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    void updateLot(long lotId, String file, String sha256, int messages) {
        jdbc.update("UPDATE sms_lot SET fichier = ?, sha256 = ?, messages = ? WHERE id = ?", cut(file, 500), sha256,
                messages, lotId);
    }

    /** The kinds of message each case of the wave already has (ANNULE included: one chance per kind). */
    Map<String, Set<SmsMessage.Kind>> kindsByCase(String waveId) {
        Map<String, Set<SmsMessage.Kind>> kinds = new HashMap<>();
        jdbc.query("SELECT id_appel, genre FROM sms_message WHERE vague_id = ?", rs -> {
            kinds.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(SmsMessage.Kind.valueOf(rs.getString(2)));
        }, waveId);
        return kinds;
    }

    int messageCount(long lotId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sms_message WHERE lot_id = ?", Integer.class, lotId);
    }

    void insertMessages(String waveId, List<SmsMessage> messages, LocalDateTime now) {
        List<Object[]> rows = messages.stream().map(m -> new Object[] {m.reference(), m.lotId(), m.idAppel(), waveId,
            m.kind().name(), m.number(), m.owner(), cut(m.text(), 1000), Timestamp.valueOf(m.sendAt()), m.status().name(),
            Timestamp.valueOf(now)}).toList();
        jdbc.batchUpdate("""
                INSERT INTO sms_message (reference, lot_id, id_appel, vague_id, genre, numero, titulaire, texte,
                    envoi_prevu, statut, cree_le) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static final String MESSAGE_COLUMNS = """
            SELECT m.reference, m.lot_id, m.id_appel, d.personne_id, m.genre, m.numero, m.titulaire, m.texte,
                   m.envoi_prevu, m.statut
            FROM sms_message m JOIN dossier_appel d ON d.id_appel = m.id_appel""";

    List<SmsMessage> messagesOfLot(long lotId) {
        return jdbc.query(MESSAGE_COLUMNS + " WHERE m.lot_id = ? ORDER BY m.reference", (rs, i) -> message(rs), lotId);
    }

    Optional<SmsMessage> message(String reference) {
        return jdbc.query(MESSAGE_COLUMNS + " WHERE m.reference = ?", (rs, i) -> message(rs), reference).stream()
                .findFirst();
    }

    /** The latest message sent to a number (a reply quoting no reference answers it). */
    Optional<SmsMessage> latestTo(String number) {
        return jdbc.query(MESSAGE_COLUMNS + " WHERE m.numero = ? AND m.statut <> 'ANNULE' ORDER BY m.envoi_prevu DESC,"
                + " m.reference DESC", (rs, i) -> message(rs), number).stream().findFirst();
    }

    private static SmsMessage message(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SmsMessage(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                SmsMessage.Kind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getTimestamp(9).toLocalDateTime(), SmsMessage.Status.valueOf(rs.getString(10)));
    }

    void setStatus(String reference, SmsMessage.Status status, LocalDateTime at) {
        jdbc.update("UPDATE sms_message SET statut = ?, statut_le = ? WHERE reference = ?", status.name(),
                at == null ? null : Timestamp.valueOf(at), reference);
    }

    // --- returns (the files themselves and their rejected lines are in the one journal, core.inbound.ReceivedFiles)

    void insertReturn(long fileId, int line, String reference, String kind, String status, LocalDateTime at) {
        jdbc.update("""
                INSERT INTO sms_retour (fichier_id, ligne, reference, genre, statut, date_retour)
                VALUES (?, ?, ?, ?, ?, ?)""", fileId, line, reference, kind, status, Timestamp.valueOf(at));
    }

    /** A delivery report already recorded for that message at that time (a file may repeat lines). */
    boolean knownReturn(String reference, String kind, String status, LocalDateTime at) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM sms_retour WHERE reference = ? AND genre = ? AND statut = ? AND date_retour = ?""",
                Integer.class, reference, kind, status, Timestamp.valueOf(at)) > 0;
    }

    /** The latest delivery report's time for a message, to keep the latest status when reports come out of order. */
    Optional<LocalDateTime> latestReport(String reference) {
        return Optional.ofNullable(jdbc.queryForObject(
                "SELECT MAX(date_retour) FROM sms_retour WHERE reference = ? AND genre = 'ACCUSE'", Timestamp.class,
                reference)).map(Timestamp::toLocalDateTime);
    }

    // --- the measure

    /** A call result of a case drawn into one of the groups. */
    record GroupResult(String idAppel, int attempt, String outcome) {
    }

    List<GroupResult> groupResults(String waveId) {
        return jdbc.query("""
                SELECT r.id_appel, r.tentative, r.resultat FROM resultat_appel r
                JOIN sms_groupe g ON g.id_appel = r.id_appel WHERE g.vague_id = ?""",
                (rs, i) -> new GroupResult(rs.getString(1), rs.getInt(2), rs.getString(3)), waveId);
    }

    SmsEffect.Messages messageFigures(String waveId) {
        long[] counts = new long[3];
        jdbc.query("SELECT statut, COUNT(*) FROM sms_message WHERE vague_id = ? GROUP BY statut", rs -> {
            SmsMessage.Status status = SmsMessage.Status.valueOf(rs.getString(1));
            long n = rs.getLong(2);
            if (status.sent()) {
                counts[0] += n;
            }
            if (status == SmsMessage.Status.DELIVRE) {
                counts[1] += n;
            } else if (status == SmsMessage.Status.ECHEC || status == SmsMessage.Status.NUMERO_INCONNU) {
                counts[2] += n;
            }
        }, waveId);
        long stops = jdbc.queryForObject("""
                SELECT COUNT(DISTINCT m.numero) FROM sms_retour r JOIN sms_message m ON m.reference = r.reference
                WHERE m.vague_id = ? AND r.statut = 'STOP'""", Long.class, waveId);
        return new SmsEffect.Messages(counts[0], counts[1], counts[2], stops);
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
