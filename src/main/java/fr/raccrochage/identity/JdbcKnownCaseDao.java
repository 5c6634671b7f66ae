package fr.raccrochage.identity;

import fr.raccrochage.core.privacy.Oppositions;
import fr.raccrochage.core.inbound.InboundFormat;
import fr.raccrochage.core.inbound.InboundKind;
import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.core.inbound.ReceivedFiles.ReceivedFile;
import fr.raccrochage.core.inbound.RejectedLine;
import fr.raccrochage.identity.KnownCaseMatcher.Match;
import fr.raccrochage.identity.KnownCaseMatcher.ReviewCandidate;
import fr.raccrochage.identity.KnownCaseParser.Rejected;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Writes what a known-cases import decided: the file, its lines, rejects, review candidates, oppositions. */
@Repository
class JdbcKnownCaseDao {

    /** The figures stored for a file already imported. */
    record StoredFile(long id, int read, int stored, int rejected) {
    }

    /** An opposition to record on a person: a real one, or identity's precaution until the pair is reviewed. */
    record Opposition(long personId, LocalDate since, String origin, Oppositions.Kind kind) {
    }

    private final JdbcTemplate jdbc;
    private final ReceivedFiles files;

    JdbcKnownCaseDao(JdbcTemplate jdbc, ReceivedFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    StoredFile findBySha256(String sha256) {
        return files.find(InboundKind.CAS_CONNUS, null, sha256).filter(ReceivedFile::done)
                .map(f -> new StoredFile(f.id(), f.read(), f.stored(), f.rejected())).orElse(null);
    }

    long insertFile(InboundFormat format, int read, int stored, int rejected) {
        long id = files.register(InboundKind.CAS_CONNUS, null, format);
        files.complete(id, read, stored, rejected, null);
        return id;
    }

    long lastPersonId() {
        Long max = jdbc.queryForObject("SELECT MAX(id) FROM personne", Long.class);
        return max == null ? 0 : max;
    }

    void insertPersons(List<Long> ids, String origin) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.batchUpdate("INSERT INTO personne (id, vague_creation, creee) VALUES (?, ?, ?)", ids, 1000,
                (ps, id) -> {
                    ps.setLong(1, id);
                    ps.setString(2, origin);
                    ps.setTimestamp(3, now);
                });
    }

    void insertCases(long fileId, List<Match> matches) {
        jdbc.batchUpdate("""
                INSERT INTO cas_connu (fichier_id, ligne, personne_id, ine, nom, prenom, date_naissance, partenaire_id,
                    statut, date_statut, decision, score, motif)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", matches, 1000, (ps, m) -> {
            KnownCaseLine line = m.line();
            ps.setLong(1, fileId);
            ps.setInt(2, line.line());
            ps.setLong(3, m.personId());
            ps.setString(4, line.ine());
            ps.setString(5, cut(line.lastName(), 200));
            ps.setString(6, cut(line.firstNames(), 200));
            ps.setDate(7, Date.valueOf(line.birthDate()));
            ps.setString(8, line.partnerId() == null ? null : cut(line.partnerId(), 40));
            ps.setString(9, line.status().name());
            ps.setDate(10, Date.valueOf(line.statusDate()));
            ps.setString(11, m.decisionName());
            ps.setBigDecimal(12, m.score() == null ? null : score(m.score()));
            ps.setString(13, cut(m.motif(), 500));
        });
        List<Object[]> review = new ArrayList<>();
        for (Match m : matches) {
            for (ReviewCandidate c : m.candidates()) {
                review.add(new Object[] {fileId, m.line().line(), c.personId(), score(c.score()), cut(c.motif(), 500),
                    c.detail()});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO cas_connu_a_verifier (fichier_id, ligne, personne_id, score, motif, detail)
                VALUES (?, ?, ?, ?, ?, ?)""", review);
    }

    void insertRejects(long fileId, List<Rejected> rejects) {
        files.reject(fileId, rejects.stream().map(r -> new RejectedLine(r.line(), r.motif(), r.content())).toList());
    }

    /**
     * Records each opposition unless the person already has one: the one recorded first stays, with
     * its origin.
     * @return how many were added
     */
    int insertOppositions(List<Opposition> oppositions) {
        if (oppositions.isEmpty()) {
            return 0;
        }
        int added = 0;
        for (Opposition o : oppositions) {
            added += jdbc.update("""
                    INSERT INTO opposition (personne_id, depuis, origine, nature)
                    SELECT ?, ?, ?, ? FROM (VALUES (1)) AS one (x)
                    WHERE NOT EXISTS (SELECT 1 FROM opposition WHERE personne_id = ?)""",
                    o.personId(), Date.valueOf(o.since()), cut(o.origin(), 200), o.kind().name(), o.personId());
        }
        return added;
    }

    /** Every opposition, by person (a few thousand at most). */
    Map<Long, Opposition> oppositions() {
        Map<Long, Opposition> byPerson = new HashMap<>();
        jdbc.query("SELECT personne_id, depuis, origine, nature FROM opposition", rs -> {
            byPerson.put(rs.getLong(1), new Opposition(rs.getLong(1), rs.getObject(2, LocalDate.class),
                    rs.getString(3), Oppositions.Kind.valueOf(rs.getString(4))));
        });
        return byPerson;
    }

    private static BigDecimal score(double score) {
        return BigDecimal.valueOf(Math.round(score * 10), 1);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
