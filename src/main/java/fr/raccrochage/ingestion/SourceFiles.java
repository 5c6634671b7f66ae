package fr.raccrochage.ingestion;

import fr.raccrochage.core.Waves;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The journal of SIEI files read per wave ({@code fichier_siei}) and the wave they belong to. */
@Repository
public class SourceFiles {

    public static final String IN_PROGRESS = "EN_COURS";
    public static final String DONE = "TERMINE";

    /** A file's journal entry, with its final figures once done. */
    public record SourceFile(long id, String waveId, String name, String status, Integer read, Integer stored,
            Integer rejected, Integer flagged, LocalDateTime started, LocalDateTime finished) {
    }

    private final JdbcTemplate jdbc;
    private final Waves waves;

    public SourceFiles(JdbcTemplate jdbc, Waves waves) {
        this.jdbc = jdbc;
        this.waves = waves;
    }

    public Optional<SourceFile> find(String waveId, String sha256) {
        List<SourceFile> found = jdbc.query("""
                SELECT id, vague_id, nom, statut, lues, enregistrees, rejetees, signalees, debut, fin
                FROM fichier_siei WHERE vague_id = ? AND empreinte = ?""",
                (rs, n) -> new SourceFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
                        (Integer) rs.getObject(8), rs.getTimestamp(9).toLocalDateTime(),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toLocalDateTime()),
                waveId, sha256);
        return found.stream().findFirst();
    }

    public long idOf(String waveId, String sha256) {
        return find(waveId, sha256).orElseThrow().id();
    }

    @Transactional
    public long register(String waveId, SieiFileFormat format) {
        Optional<SourceFile> existing = find(waveId, format.sha256());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        waves.ensure(waveId);
        jdbc.update("""
                INSERT INTO fichier_siei (vague_id, nom, empreinte, taille, encodage, separateur, statut, debut)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                waveId, format.fileName(), format.sha256(), format.size(), format.charset().name(),
                String.valueOf(format.delimiter()), IN_PROGRESS, now);
        return idOf(waveId, format.sha256());
    }

    /** Counts what the database holds for the file, so the figures stay right after a restart. */
    public void complete(long fileId) {
        int stored = count("SELECT COUNT(*) FROM siei_enregistrement WHERE fichier_id = ?", fileId);
        int rejected = count("SELECT COUNT(*) FROM siei_rejet WHERE fichier_id = ?", fileId);
        int flagged = count("SELECT COUNT(*) FROM siei_enregistrement WHERE fichier_id = ? AND drapeaux <> ''", fileId);
        jdbc.update("""
                UPDATE fichier_siei SET statut = ?, lues = ?, enregistrees = ?, rejetees = ?, signalees = ?, fin = ?
                WHERE id = ?""",
                DONE, stored + rejected, stored, rejected, flagged, Timestamp.valueOf(LocalDateTime.now()), fileId);
    }

    /** Lines of the file the database holds, accepted or rejected: where a restarted load resumes. */
    public int storedLines(long fileId) {
        return count("SELECT COUNT(*) FROM siei_enregistrement WHERE fichier_id = ?", fileId)
                + count("SELECT COUNT(*) FROM siei_rejet WHERE fichier_id = ?", fileId);
    }

    private int count(String sql, long fileId) {
        return jdbc.queryForObject(sql, Integer.class, fileId);
    }
}
