package fr.raccrochage.identity;

import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.core.person.IdentityFields;
import fr.raccrochage.core.person.RecordKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** Reads the records to resolve and writes persons, links and possible duplicates. */
@Repository
public class JdbcIdentityDao {

    /** A record's link to its person, as stored. */
    record PersonLink(long fileId, int line, long personId, String decision, Double score, String motif,
            String detail) {
    }

    /** A pair left for review. */
    record PossiblePair(long fileIdA, int lineA, long fileIdB, int lineB, double score, String motif, String detail) {
    }

    // No ORDER BY: a sort of a million rows costs H2 a temporary file; records mostly come in the
    // order they were stored (file, then line), and RecordTable puts them in that order when not.
    // The wave's records, and the records of other waves already linked: the same blocking finds
    // a young person seen in an earlier wave. Only the compared fields: the rest stays in the database.
    private static final String RECORDS = """
            SELECT e.fichier_id, e.ligne, e.vague_id, COALESCE(l.personne_id, 0) AS personne_id, e.ine, e.nom,
                   e.prenom, e.date_naissance, e.sexe, e.tel_jeune, e.resp1_nom, e.resp1_prenom, e.resp1_tel,
                   e.resp2_nom, e.resp2_prenom, e.resp2_tel, e.code_insee_residence, e.adresse, e.code_postal
            FROM siei_enregistrement e
            LEFT JOIN siei_lien_personne l ON l.fichier_id = e.fichier_id AND l.ligne = e.ligne
            WHERE e.vague_id = ? OR l.personne_id IS NOT NULL""";

    // Every record already linked to a person, whatever its wave (the registry known-case lines are
    // matched against).
    private static final String LINKED_RECORDS = """
            SELECT e.fichier_id, e.ligne, e.vague_id, l.personne_id, e.ine, e.nom,
                   e.prenom, e.date_naissance, e.sexe, e.tel_jeune, e.resp1_nom, e.resp1_prenom, e.resp1_tel,
                   e.resp2_nom, e.resp2_prenom, e.resp2_tel, e.code_insee_residence, e.adresse, e.code_postal
            FROM siei_enregistrement e
            JOIN siei_lien_personne l ON\s""" + RecordKey.joins("e", "l");

    // Known-case lines carry only INE, names and birth date; their person is an earlier candidate
    // like a record of an earlier wave.
    private static final String KNOWN_CASES = """
            SELECT fichier_id, ligne, personne_id, ine, nom, prenom, date_naissance
            FROM cas_connu""";

    private static final int FETCH_SIZE = 5_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    JdbcIdentityDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // PostgreSQL streams a result set only with a fetch size (inside a transaction); H2 spills
        // large results to disk by itself.
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /** The wave's records, the records of earlier waves already linked, and the known-case lines. */
    RecordTable records(String waveId) {
        RecordTable table = new RecordTable();
        Interner interner = new Interner();
        readRecords(table, interner, RECORDS, waveId);
        addKnownCases(table, interner);
        table.sortByFileAndLine();
        names(table);
        return table;
    }

    /** The registry: every SIEI record linked to a person, and every known-case line. */
    RecordTable registry() {
        RecordTable table = new RecordTable();
        Interner interner = new Interner();
        readRecords(table, interner, LINKED_RECORDS);
        addKnownCases(table, interner);
        table.sortByFileAndLine();
        names(table);
        return table;
    }

    /**
     * Runs a big read with H2's lazy execution, so that rows stream from the tables instead of being
     * copied into a temporary result first (PostgreSQL streams with the fetch size).
     */
    private void lazily(Runnable query) {
        boolean h2 = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c ->
                c.getMetaData().getDatabaseProductName().equals("H2")));
        if (!h2) {
            query.run();
            return;
        }
        jdbc.execute("SET LAZY_QUERY_EXECUTION TRUE");
        try {
            query.run();
        } finally {
            jdbc.execute("SET LAZY_QUERY_EXECUTION FALSE");
        }
    }

    private void addKnownCases(RecordTable table, Interner interner) {
        streaming.query(KNOWN_CASES, rs -> {
            Candidate candidate = Candidate.ofIdentity(0, new IdentityFields(rs.getString("ine"), rs.getString("nom"),
                    rs.getString("prenom"), rs.getObject("date_naissance", LocalDate.class), null));
            table.add(RecordTable.Source.CONNUS, rs.getLong("fichier_id"), rs.getInt("ligne"), null,
                    rs.getLong("personne_id"), Profile.of(candidate, interner));
        });
    }

    private void names(RecordTable table) {
        jdbc.query("SELECT id, nom FROM fichier_recu WHERE type = 'SIEI'",
                rs -> {
                    table.fileName(RecordTable.Source.SIEI, rs.getLong(1), rs.getString(2));
                });
        jdbc.query("SELECT id, nom FROM fichier_recu WHERE type = 'CAS_CONNUS'",
                rs -> {
                    table.fileName(RecordTable.Source.CONNUS, rs.getLong(1), rs.getString(2));
                });
    }

    /**
     * Reads the records on this thread (the transaction's connection) while the other cores build
     * their profiles, the table then taking them in reading order: at 1M records building the
     * profiles costs twice what reading costs, so one helper thread left the read waiting.
     */
    private void readRecords(RecordTable table, Interner interner, String sql, Object... args) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (OrderedHandOff<Row, List<Profiled>> profiles = new OrderedHandOff<>("identite-profils", threads,
                rows -> rows.stream().map(row -> new Profiled(row, row.profile(interner))).toList(),
                batch -> batch.forEach(p -> p.row().addTo(table, p.profile())))) {
            lazily(() -> streaming.query(sql, rs -> {
                profiles.add(Row.of(rs));
            }, args));
        }
    }

    private record Profiled(Row row, Profile profile) {
    }

    /** One record's compared columns as read, before any key is computed. */
    private record Row(long fileId, int line, String waveId, long personId, String ine, String last, String first,
            LocalDate birthDate, String sex, String phone, String last1, String first1, String phone1, String last2,
            String first2, String phone2, String commune, String address, String postcode) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
                    rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                    rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19));
        }

        Profile profile(Interner interner) {
            return Profile.of(new Candidate(0, ine, last, first, birthDate, sex, phone,
                    guardians(last1, first1, last2, first2), phones(phone1, phone2), commune, address, postcode), interner);
        }

        void addTo(RecordTable table, Profile profile) {
            table.add(RecordTable.Source.SIEI, fileId, line, waveId, personId, profile);
        }
    }

    private static List<String> guardians(String last1, String first1, String last2, String first2) {
        List<String> guardians = new ArrayList<>(2);
        if (last1 != null && first1 != null) {
            guardians.add(last1 + " " + first1);
        }
        if (last2 != null && first2 != null) {
            guardians.add(last2 + " " + first2);
        }
        return guardians;
    }

    private static List<String> phones(String a, String b) {
        List<String> phones = new ArrayList<>(2);
        if (a != null) {
            phones.add(a);
        }
        if (b != null) {
            phones.add(b);
        }
        return phones;
    }

    /**
     * Persons created by the wave, its records linked to an earlier wave's person, and its records
     * whose link says DOUBLON_POSSIBLE: the last two in one pass over the wave's links (at 1M
     * links each pass costs H2 seconds).
     */
    int[] resolutionCounts(String waveId) {
        int[] counts = new int[3];
        counts[0] = jdbc.queryForObject("SELECT COUNT(*) FROM personne WHERE vague_creation = ?", Integer.class, waveId);
        jdbc.query("""
                SELECT COUNT(CASE WHEN p.vague_creation <> l.vague_id THEN 1 END),
                       COUNT(CASE WHEN l.decision = 'DOUBLON_POSSIBLE' THEN 1 END)
                FROM siei_lien_personne l JOIN personne p ON p.id = l.personne_id
                WHERE l.vague_id = ?""", rs -> {
                    counts[1] = rs.getInt(1);
                    counts[2] = rs.getInt(2);
                }, waveId);
        return counts;
    }

    int flaggedRecordCount(String waveId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM siei_lien_personne WHERE vague_id = ? AND decision = 'DOUBLON_POSSIBLE'",
                Integer.class, waveId);
    }

    /**
     * The wave's records linked to a person. A link carries its record's wave and records are never
     * deleted (the purge blanks them), so records minus links is the number left to link: two index
     * counts, where a NOT EXISTS over the records read every row of the wave (4 s at 1M on H2).
     */
    int linkedCount(String waveId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM siei_lien_personne WHERE vague_id = ?", Integer.class, waveId);
    }

    int recordCount(String waveId) {
        return jdbc.queryForObject(ReceivedFiles.WAVE_RECORD_COUNT, Integer.class, waveId);
    }

    long lastPersonId() {
        Long max = jdbc.queryForObject("SELECT MAX(id) FROM personne", Long.class);
        return max == null ? 0 : max;
    }

    void insertPersons(List<Long> ids, String waveId) {
        if (ids.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.batchUpdate("INSERT INTO personne (id, vague_creation, creee) VALUES (?, ?, ?)", ids, 1000,
                (ps, id) -> {
                    ps.setLong(1, id);
                    ps.setString(2, waveId);
                    ps.setTimestamp(3, now);
                });
    }

    void insertLinks(List<PersonLink> links, String waveId) {
        if (links.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO siei_lien_personne (fichier_id, ligne, vague_id, personne_id, decision, score, motif,
                    detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", links, 1000, (ps, l) -> {
            ps.setLong(1, l.fileId());
            ps.setInt(2, l.line());
            ps.setString(3, waveId);
            ps.setLong(4, l.personId());
            ps.setString(5, l.decision());
            ps.setObject(6, l.score() == null ? null : java.math.BigDecimal.valueOf(Math.round(l.score() * 10), 1));
            ps.setString(7, l.motif());
            ps.setString(8, l.detail());
        });
    }

    void insertPossiblePairs(List<PossiblePair> pairs, String waveId) {
        jdbc.batchUpdate("""
                INSERT INTO doublon_possible (vague_id, fichier_id_a, ligne_a, fichier_id_b, ligne_b, score, motif,
                    detail)
                SELECT ?, ?, ?, ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM doublon_possible
                    WHERE fichier_id_a = ? AND ligne_a = ? AND fichier_id_b = ? AND ligne_b = ?)""", pairs, 1000,
                (ps, p) -> {
                    ps.setString(1, waveId);
                    ps.setLong(2, p.fileIdA());
                    ps.setInt(3, p.lineA());
                    ps.setLong(4, p.fileIdB());
                    ps.setInt(5, p.lineB());
                    ps.setBigDecimal(6, java.math.BigDecimal.valueOf(Math.round(p.score() * 10), 1));
                    ps.setString(7, p.motif());
                    ps.setString(8, p.detail());
                    ps.setLong(9, p.fileIdA());
                    ps.setInt(10, p.lineA());
                    ps.setLong(11, p.fileIdB());
                    ps.setInt(12, p.lineB());
                });
    }

    // --- what the identity stage writes out: the duplicates extract, the known-cases evaluation ----

    /** The wave's links in file and line order, with the file's name, for {@code doublons extraire}. */
    void forEachLinkOfWave(String waveId, RowCallbackHandler row) {
        jdbc.query("""
                SELECT l.ligne, f.nom AS fichier, l.personne_id, l.decision, l.score, l.motif, l.detail
                FROM siei_lien_personne l
                JOIN fichier_recu f ON f.id = l.fichier_id AND f.type = 'SIEI'
                WHERE l.vague_id = ?
                ORDER BY l.fichier_id, l.ligne""", row, waveId);
    }

    /** Every SIEI link: file name, line, person. */
    void forEachSieiLink(RowCallbackHandler row) {
        jdbc.query("""
                SELECT f.nom, l.ligne, l.personne_id FROM siei_lien_personne l
                JOIN fichier_recu f ON f.id = l.fichier_id AND f.type = 'SIEI'""", row);
    }

    List<Long> opposedPersons() {
        return jdbc.queryForList("SELECT personne_id FROM opposition", Long.class);
    }

    /** Known-case lines to check: line, candidate person. */
    void forEachKnownCaseCandidate(RowCallbackHandler row) {
        jdbc.query("SELECT ligne, personne_id FROM cas_connu_a_verifier", row);
    }

    /** Known-case lines: line, person, decision, status. */
    void forEachKnownCase(RowCallbackHandler row) {
        jdbc.query("SELECT ligne, personne_id, decision, statut FROM cas_connu", row);
    }
}
