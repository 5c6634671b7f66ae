package fr.raccrochage;

import fr.raccrochage.core.inbound.InboundKind;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tests' access to the one journal of received files ({@code fichier_recu}) and its rejected lines
 * ({@code ligne_rejetee}), kind by kind, as the tests of one stage empty, seed and read them.
 */
public final class ReceivedFilesTables {

    private ReceivedFilesTables() {
    }

    /**
     * Deletes the files of these kinds and their rejected lines. The tables that point at those files
     * (records, results, known cases, feedback) must be emptied first, the waves after.
     */
    public static void delete(JdbcTemplate jdbc, InboundKind... kinds) {
        String types = types(kinds);
        jdbc.update("DELETE FROM ligne_rejetee WHERE fichier_id IN (SELECT id FROM fichier_recu WHERE type IN (" + types + "))");
        jdbc.update("DELETE FROM fichier_recu WHERE type IN (" + types + ")");
    }

    /** Deletes the rejected lines of the files of these kinds, keeping the files. */
    public static void deleteRejects(JdbcTemplate jdbc, InboundKind... kinds) {
        jdbc.update("DELETE FROM ligne_rejetee WHERE fichier_id IN (SELECT id FROM fichier_recu WHERE type IN (" + types(kinds)
                + "))");
    }

    /**
     * The rejected lines of one kind as a table to select from ({@code r}: file id, line, wave,
     * reason, content), e.g. {@code "SELECT ligne, motif FROM " + rejects(SIEI) + " ORDER BY ligne"}.
     */
    public static String rejects(InboundKind kind) {
        return "(SELECT l.fichier_id, l.ligne, f.vague_id, l.motif, l.contenu FROM ligne_rejetee l JOIN fichier_recu f "
                + "ON f.id = l.fichier_id WHERE f.type = '" + kind.name() + "') r";
    }

    public static int rejectCount(JdbcTemplate jdbc, InboundKind kind) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + rejects(kind), Integer.class);
    }

    public static int fileCount(JdbcTemplate jdbc, InboundKind kind) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM fichier_recu WHERE type = ?", Integer.class, kind.name());
    }

    /** Journals a file of a kind without a wave (known cases, feedback) as imported at {@code at}; returns its id. */
    public static long journal(JdbcTemplate jdbc, InboundKind kind, String name, String sha256, LocalDateTime at) {
        return journal(jdbc, kind, null, name, sha256, at);
    }

    /** Journals a file of a kind as imported at {@code at}, in a wave for the kinds that have one; returns its id. */
    public static long journal(JdbcTemplate jdbc, InboundKind kind, String waveId, String name, String sha256,
            LocalDateTime at) {
        String scope = kind.perWave() ? waveId : "-";
        jdbc.update("INSERT INTO fichier_recu (type, vague_id, portee, nom, empreinte, statut, debut, fin) "
                + "VALUES (?, ?, ?, ?, ?, 'TERMINE', ?, ?)", kind.name(), kind.perWave() ? waveId : null, scope, name, sha256,
                Timestamp.valueOf(at), Timestamp.valueOf(at));
        return jdbc.queryForObject("SELECT id FROM fichier_recu WHERE type = ? AND portee = ? AND empreinte = ?", Long.class,
                kind.name(), scope, sha256);
    }

    private static String types(InboundKind... kinds) {
        return Arrays.stream(kinds).map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
    }
}
