package fr.raccrochage.identity;

import fr.raccrochage.core.person.RecordKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The review's SQL: pending pairs and their two sides, operators' decisions, merges of two persons
 * (identity's rows only: links, known-case lines) and their undoing, precautionary oppositions.
 */
@Repository
class JdbcReviewDao {

    /** What identity itself writes on a person who may be an opposed young person (PersonLinker, known cases). */
    static final String PRECAUTION_MARK = "(rapprochement à vérifier)";

    /** A decision as stored. */
    record Decided(long personA, long personB, String decision, String pair, String operator, LocalDateTime at) {
    }

    /** A merge not undone. */
    record Fusion(long id, long kept, long absorbed) {
    }

    private static final String UNDECIDED = """
            NOT EXISTS (SELECT 1 FROM decision_doublon x
                        WHERE x.personne_a = LEAST(%1$s, %2$s) AND x.personne_b = GREATEST(%1$s, %2$s))""";

    private static final String RECORD_PAIRS = """
            SELECT d.fichier_id_a, d.ligne_a, d.fichier_id_b, d.ligne_b, d.score, d.motif, d.detail,
                   la.personne_id, lb.personne_id
            FROM doublon_possible d
            JOIN siei_lien_personne la ON la.fichier_id = d.fichier_id_a AND la.ligne = d.ligne_a
            JOIN siei_lien_personne lb ON lb.fichier_id = d.fichier_id_b AND lb.ligne = d.ligne_b
            WHERE d.vague_id = ? AND la.personne_id <> lb.personne_id AND\s"""
            + UNDECIDED.formatted("la.personne_id", "lb.personne_id");

    // known-case lines to check that concern a young person of the wave (the line's or the candidate)
    private static final String KNOWN_PAIRS = """
            SELECT v.fichier_id, v.ligne, v.personne_id, v.score, v.motif, v.detail, c.personne_id, v.personne_id
            FROM cas_connu_a_verifier v
            JOIN cas_connu c ON c.fichier_id = v.fichier_id AND c.ligne = v.ligne
            WHERE c.personne_id <> v.personne_id AND\s""" + UNDECIDED.formatted("c.personne_id", "v.personne_id")
            + " AND EXISTS (SELECT 1 FROM siei_lien_personne l WHERE l.vague_id = ?"
            + " AND l.personne_id IN (v.personne_id, c.personne_id))";

    private static final String SIEI_SIDE = """
            SELECT l.personne_id, f.nom, e.ligne, e.vague_id, e.nom, e.prenom, e.date_naissance, e.adresse,
                   e.code_postal, e.commune, e.resp1_nom, e.resp1_prenom, e.resp2_nom, e.resp2_prenom, e.ine,
                   e.tel_jeune, e.resp1_tel, e.resp2_tel
            FROM siei_enregistrement e
            JOIN fichier_recu f ON f.id = e.fichier_id AND f.type = 'SIEI'
            JOIN siei_lien_personne l ON\s""" + RecordKey.joins("e", "l") + "\n";

    private static final String KNOWN_SIDE = """
            SELECT c.personne_id, f.nom, c.ligne, c.nom, c.prenom, c.date_naissance, c.ine, c.statut, c.partenaire_id
            FROM cas_connu c JOIN fichier_recu f ON f.id = c.fichier_id AND f.type = 'CAS_CONNUS'
            """;

    private final JdbcTemplate jdbc;

    JdbcReviewDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A pending pair before its sides are read. */
    private record Listed(PairKey key, double score, String motif, String detail, long personA, long personB) {

        long persons() {
            return Math.min(personA, personB) * 4_000_000_000L + Math.max(personA, personB);
        }
    }

    /**
     * One row per pair of young people still to settle (several records of the same two young people
     * give one row, the strongest), the most likely first.
     */
    private List<Listed> listed(String waveId) {
        List<Listed> all = new ArrayList<>();
        jdbc.query(RECORD_PAIRS, rs -> {
            all.add(new Listed(PairKey.records(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getInt(4)),
                    rs.getDouble(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9)));
        }, waveId);
        jdbc.query(KNOWN_PAIRS, rs -> {
            all.add(new Listed(PairKey.knownCase(rs.getLong(1), rs.getInt(2), rs.getLong(3)), rs.getDouble(4),
                    rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8)));
        }, waveId);
        all.sort(Comparator.comparingDouble(Listed::score).reversed().thenComparing(l -> l.key().toString()));
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return all.stream().filter(l -> seen.add(l.persons())).toList();
    }

    List<PendingPair> pending(String waveId) {
        List<PendingPair> pairs = new ArrayList<>();
        List<Listed> listed = listed(waveId);
        java.util.Map<String, ReviewSide> records = sides(listed);
        for (Listed l : listed) {
            PairKey key = l.key();
            if (key.kind() == PairKey.Kind.D) {
                pairs.add(new PendingPair(key, records.get(key.fileA() + ":" + key.lineA()),
                        records.get(key.fileB() + ":" + key.lineB()), l.score(), l.motif(), l.detail()));
            } else {
                pairs.add(new PendingPair(key, knownLine(key.fileA(), key.lineA()).orElseThrow(),
                        personSide(key.person()), l.score(), l.motif(), l.detail()));
            }
        }
        return pairs;
    }

    int pendingCount(String waveId) {
        return listed(waveId).size();
    }

    /** The pending pairs of two young people both met in SIEI records (D pairs), without the known-case lines. */
    int pendingDuplicateCount(String waveId) {
        return (int) listed(waveId).stream().filter(l -> l.key().kind() == PairKey.Kind.D).count();
    }

    /** The two persons the pair joins now, or empty when the engine never listed such a pair. */
    Optional<long[]> persons(PairKey key) {
        if (key.kind() == PairKey.Kind.D) {
            List<long[]> found = jdbc.query("""
                    SELECT la.personne_id, lb.personne_id FROM doublon_possible d
                    JOIN siei_lien_personne la ON la.fichier_id = d.fichier_id_a AND la.ligne = d.ligne_a
                    JOIN siei_lien_personne lb ON lb.fichier_id = d.fichier_id_b AND lb.ligne = d.ligne_b
                    WHERE d.fichier_id_a = ? AND d.ligne_a = ? AND d.fichier_id_b = ? AND d.ligne_b = ?""",
                    (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, key.fileA(), key.lineA(), key.fileB(),
                    key.lineB());
            return found.stream().findFirst();
        }
        List<long[]> found = jdbc.query("""
                SELECT c.personne_id, v.personne_id FROM cas_connu_a_verifier v
                JOIN cas_connu c ON c.fichier_id = v.fichier_id AND c.ligne = v.ligne
                WHERE v.fichier_id = ? AND v.ligne = ? AND v.personne_id = ?""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, key.fileA(), key.lineA(), key.person());
        if (found.isEmpty()) {
            // a merge moved the candidate onto the kept person: the pair is still known by its decision
            return decisionOfPair(key.toString()).map(d -> new long[] {d.personA(), d.personB()});
        }
        return found.stream().findFirst();
    }

    Optional<Decided> decision(long a, long b) {
        return jdbc.query("""
                SELECT personne_a, personne_b, decision, paire, operateur, decide_le FROM decision_doublon
                WHERE personne_a = ? AND personne_b = ?""", JdbcReviewDao::decided, Math.min(a, b), Math.max(a, b))
                .stream().findFirst();
    }

    /** The latest decision taken on this pair key (after a merge both sides are one person). */
    Optional<Decided> decisionOfPair(String pair) {
        return jdbc.query("""
                SELECT personne_a, personne_b, decision, paire, operateur, decide_le FROM decision_doublon
                WHERE paire = ? ORDER BY decide_le DESC""", JdbcReviewDao::decided, pair).stream().findFirst();
    }

    void recordDecision(long a, long b, String decision, String pair, String operator) {
        jdbc.update("DELETE FROM decision_doublon WHERE personne_a = ? AND personne_b = ?", Math.min(a, b),
                Math.max(a, b));
        jdbc.update("""
                INSERT INTO decision_doublon (personne_a, personne_b, decision, paire, operateur, decide_le)
                VALUES (?, ?, ?, ?, ?, ?)""", Math.min(a, b), Math.max(a, b), decision, pair, cut(operator, 200),
                Timestamp.valueOf(LocalDateTime.now()));
    }

    /**
     * Moves the absorbed person's SIEI records and known-case lines onto the kept person, noting each
     * row moved so that the merge can be undone; review candidates follow.
     */
    long merge(long kept, long absorbed, String pair) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    INSERT INTO fusion_personne (conservee, absorbee, paire, fusionnee_le) VALUES (?, ?, ?, ?)""",
                    new String[] {"id"});
            ps.setLong(1, kept);
            ps.setLong(2, absorbed);
            ps.setString(3, pair);
            ps.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
            return ps;
        }, keys);
        long fusion = keys.getKey().longValue();
        jdbc.update("""
                INSERT INTO fusion_ligne (fusion_id, source, fichier_id, ligne)
                SELECT ?, 'SIEI', fichier_id, ligne FROM siei_lien_personne WHERE personne_id = ?""", fusion, absorbed);
        jdbc.update("""
                INSERT INTO fusion_ligne (fusion_id, source, fichier_id, ligne)
                SELECT ?, 'CONNUS', fichier_id, ligne FROM cas_connu WHERE personne_id = ?""", fusion, absorbed);
        jdbc.update("UPDATE siei_lien_personne SET personne_id = ? WHERE personne_id = ?", kept, absorbed);
        jdbc.update("UPDATE cas_connu SET personne_id = ? WHERE personne_id = ?", kept, absorbed);
        jdbc.update("""
                DELETE FROM cas_connu_a_verifier WHERE personne_id = ? AND EXISTS (SELECT 1 FROM cas_connu_a_verifier k
                    WHERE k.fichier_id = cas_connu_a_verifier.fichier_id AND k.ligne = cas_connu_a_verifier.ligne
                    AND k.personne_id = ?)""", absorbed, kept);
        jdbc.update("UPDATE cas_connu_a_verifier SET personne_id = ? WHERE personne_id = ?", kept, absorbed);
        return fusion;
    }

    Optional<Fusion> openFusion(long a, long b) {
        return jdbc.query("""
                SELECT id, conservee, absorbee FROM fusion_personne WHERE annulee_le IS NULL
                AND ((conservee = ? AND absorbee = ?) OR (conservee = ? AND absorbee = ?)) ORDER BY id DESC""",
                (rs, i) -> new Fusion(rs.getLong(1), rs.getLong(2), rs.getLong(3)), a, b, b, a).stream().findFirst();
    }

    /** Puts the rows a merge moved back on the absorbed person. */
    void undo(Fusion fusion) {
        jdbc.update("""
                UPDATE siei_lien_personne SET personne_id = ? WHERE EXISTS (SELECT 1 FROM fusion_ligne m
                    WHERE m.fusion_id = ? AND m.source = 'SIEI' AND m.fichier_id = siei_lien_personne.fichier_id
                    AND m.ligne = siei_lien_personne.ligne)""", fusion.absorbed(), fusion.id());
        jdbc.update("""
                UPDATE cas_connu SET personne_id = ? WHERE EXISTS (SELECT 1 FROM fusion_ligne m
                    WHERE m.fusion_id = ? AND m.source = 'CONNUS' AND m.fichier_id = cas_connu.fichier_id
                    AND m.ligne = cas_connu.ligne)""", fusion.absorbed(), fusion.id());
        jdbc.update("UPDATE fusion_personne SET annulee_le = ? WHERE id = ?", Timestamp.valueOf(LocalDateTime.now()),
                fusion.id());
    }

    /** The person's opposition's origin, or empty. */
    Optional<String> opposition(long person) {
        return jdbc.queryForList("SELECT origine FROM opposition WHERE personne_id = ?", String.class, person)
                .stream().findFirst();
    }

    /**
     * Whether the person is still in an undecided pair with a young person who objected: then a
     * precaution on them stays until that pair is reviewed too.
     */
    boolean stillMayBeOpposed(long person) {
        Integer records = jdbc.queryForObject("""
                SELECT COUNT(*) FROM doublon_possible d
                JOIN siei_lien_personne la ON la.fichier_id = d.fichier_id_a AND la.ligne = d.ligne_a
                JOIN siei_lien_personne lb ON lb.fichier_id = d.fichier_id_b AND lb.ligne = d.ligne_b
                JOIN opposition o ON o.personne_id = CASE WHEN la.personne_id = ? THEN lb.personne_id
                                                          ELSE la.personne_id END
                WHERE (la.personne_id = ? OR lb.personne_id = ?) AND la.personne_id <> lb.personne_id
                AND o.nature = 'REELLE' AND\s""" + UNDECIDED.formatted("la.personne_id", "lb.personne_id"),
                Integer.class, person, person, person);
        Integer known = jdbc.queryForObject("""
                SELECT COUNT(*) FROM cas_connu_a_verifier v
                JOIN cas_connu c ON c.fichier_id = v.fichier_id AND c.ligne = v.ligne
                JOIN opposition o ON o.personne_id = CASE WHEN v.personne_id = ? THEN c.personne_id
                                                          ELSE v.personne_id END
                WHERE (v.personne_id = ? OR c.personne_id = ?) AND c.personne_id <> v.personne_id
                AND o.nature = 'REELLE' AND\s""" + UNDECIDED.formatted("c.personne_id", "v.personne_id"),
                Integer.class, person, person, person);
        return records + known > 0;
    }

    /** The SIEI records of the pairs, each found by its key. */
    private java.util.Map<String, ReviewSide> sides(List<Listed> listed) {
        java.util.Map<String, ReviewSide> sides = new java.util.HashMap<>();
        for (Listed l : listed) {
            if (l.key().kind() == PairKey.Kind.D) {
                side(sides, new RecordKey(l.key().fileA(), l.key().lineA()));
                side(sides, new RecordKey(l.key().fileB(), l.key().lineB()));
            }
        }
        return sides;
    }

    private void side(java.util.Map<String, ReviewSide> sides, RecordKey record) {
        String key = record.fileId() + ":" + record.line();
        if (!sides.containsKey(key)) {
            jdbc.query(SIEI_SIDE + " WHERE e." + RecordKey.BY_KEY, rs -> {
                sides.put(key, sieiSide(rs, 0));
            }, record.value());
        }
    }

    private Optional<ReviewSide> knownLine(long file, int line) {
        return jdbc.query(KNOWN_SIDE + " WHERE c.fichier_id = ? AND c.ligne = ?", JdbcReviewDao::knownSide, file,
                line).stream().findFirst();
    }

    /** A registry person as the reviewer sees them: their latest SIEI record, else a known-case line. */
    private ReviewSide personSide(long person) {
        Optional<ReviewSide> latest = jdbc.query(SIEI_SIDE
                + " WHERE l.personne_id = ? ORDER BY e.vague_id DESC, e.fichier_id DESC, e.ligne DESC",
                JdbcReviewDao::sieiSide, person).stream().findFirst();
        return latest.orElseGet(() -> jdbc.query(KNOWN_SIDE + " WHERE c.personne_id = ? ORDER BY c.fichier_id DESC",
                JdbcReviewDao::knownSide, person).stream().findFirst()
                .orElse(new ReviewSide(person, "", "", 0, "", "", "", "", "", "", "", "", "", "")));
    }

    private static ReviewSide sieiSide(ResultSet rs, int i) throws SQLException {
        return new ReviewSide(rs.getLong(1), "SIEI", rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), frenchDate(rs, 7), blank(rs.getString(8)), blank(rs.getString(9)),
                blank(rs.getString(10)), join(join(rs.getString(11), rs.getString(12), " "),
                        join(rs.getString(13), rs.getString(14), " "), ", "), blank(rs.getString(15)),
                join(join(rs.getString(16), rs.getString(17), ", "), rs.getString(18), ", "));
    }

    private static ReviewSide knownSide(ResultSet rs, int i) throws SQLException {
        String status = rs.getString(8) + (rs.getString(9) == null ? "" : " " + rs.getString(9));
        return new ReviewSide(rs.getLong(1), "CONNUS", rs.getString(2), rs.getInt(3), "liste connus (" + status + ")",
                rs.getString(4), rs.getString(5), frenchDate(rs, 6), "", "", "", "",
                blank(rs.getString(7)), "");
    }

    private static String frenchDate(ResultSet rs, int column) throws SQLException {
        java.time.LocalDate date = rs.getObject(column, java.time.LocalDate.class);
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static Decided decided(ResultSet rs, int i) throws SQLException {
        return new Decided(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toLocalDateTime());
    }

    private static String join(String a, String b, String separator) {
        a = blank(a);
        b = blank(b);
        return a.isEmpty() ? b : b.isEmpty() ? a : a + separator + b;
    }

    private static String blank(String text) {
        return text == null ? "" : text.trim();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
