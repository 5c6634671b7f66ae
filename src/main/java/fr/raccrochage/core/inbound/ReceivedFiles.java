package fr.raccrochage.core.inbound;

import fr.raccrochage.core.FrenchCsvFile;
import fr.raccrochage.core.SpreadsheetCells;
import fr.raccrochage.core.Waves;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The one journal of received files ({@code fichier_recu}: kind, wave, name, path, SHA-256, how it
 * was read, figures) and the one table of rejected lines ({@code ligne_rejetee}). A file is known by
 * its content within its scope (its wave, or all of them for kinds without a wave): importing it
 * again adds nothing.
 */
@Repository
public class ReceivedFiles {

    /** How every reject file's name ends ({@code siei.rejets.csv}). */
    public static final String REJECTS = ".rejets.csv";

    public static final String IN_PROGRESS = "EN_COURS";
    public static final String DONE = "TERMINE";

    /**
     * How many SIEI records a wave holds (bind the wave), from its files' running figures, which the
     * import adds to in each chunk's transaction: counting the records themselves would read every
     * record of the database on H2, where they have no index but their key (V200).
     */
    public static final String WAVE_RECORD_COUNT =
            "SELECT COALESCE(SUM(enregistrees), 0) FROM fichier_recu WHERE type = 'SIEI' AND vague_id = ?";

    /** {@link #WAVE_RECORD_COUNT} for every wave: (wave, count) rows. */
    public static final String RECORD_COUNT_PER_WAVE =
            "SELECT vague_id, COALESCE(SUM(enregistrees), 0) FROM fichier_recu WHERE type = 'SIEI' GROUP BY vague_id";

    private static final String NO_WAVE = "-";

    /** A file's journal entry, with its final figures once done. */
    public record ReceivedFile(long id, InboundKind kind, String waveId, String name, String path, String sha256,
            String status, Integer read, Integer stored, Integer rejected, Integer flagged, LocalDateTime started,
            LocalDateTime finished) {

        public boolean done() {
            return DONE.equals(status);
        }
    }

    private static final String COLUMNS =
            "id, type, vague_id, nom, chemin, empreinte, statut, lues, enregistrees, rejetees, signalees, debut, fin";
    private static final RowMapper<ReceivedFile> ROW = (rs, n) -> new ReceivedFile(rs.getLong(1),
            InboundKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7), (Integer) rs.getObject(8), (Integer) rs.getObject(9), (Integer) rs.getObject(10),
            (Integer) rs.getObject(11), rs.getTimestamp(12).toLocalDateTime(),
            rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toLocalDateTime());

    private final JdbcTemplate jdbc;
    private final Waves waves;

    public ReceivedFiles(JdbcTemplate jdbc, Waves waves) {
        this.jdbc = jdbc;
        this.waves = waves;
    }

    public Optional<ReceivedFile> find(InboundKind kind, String waveId, String sha256) {
        return jdbc.query("SELECT " + COLUMNS + " FROM fichier_recu WHERE type = ? AND portee = ? AND empreinte = ?",
                ROW, kind.name(), scope(kind, waveId), sha256).stream().findFirst();
    }

    public ReceivedFile get(long id) {
        return jdbc.queryForObject("SELECT " + COLUMNS + " FROM fichier_recu WHERE id = ?", ROW, id);
    }

    /** Records a file being taken (unless known: then its id); creates its wave when needed. */
    public long register(InboundKind kind, String waveId, InboundFormat format) {
        Optional<ReceivedFile> existing = find(kind, waveId, format.sha256());
        if (existing.isPresent()) {
            return existing.get().id();
        }
        if (kind.perWave()) {
            waves.ensure(waveId);
        }
        jdbc.update("""
                INSERT INTO fichier_recu (type, vague_id, portee, nom, chemin, empreinte, taille, encodage, separateur, feuille,
                    statut, debut) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                kind.name(), kind.perWave() ? waveId : null, scope(kind, waveId), cut(format.fileName(), 255),
                cut(format.path().toAbsolutePath().normalize().toString(), 1000), format.sha256(), format.size(),
                format.encodingLabel(), format.spreadsheet() ? null : format.delimiterText(), cut(format.sheet(), 100),
                IN_PROGRESS, Timestamp.valueOf(LocalDateTime.now()));
        return find(kind, waveId, format.sha256()).orElseThrow().id();
    }

    /** The file's final figures; {@code flagged} may be null for kinds that flag nothing. */
    public void complete(long id, int read, int stored, int rejected, Integer flagged) {
        jdbc.update("UPDATE fichier_recu SET statut = ?, lues = ?, enregistrees = ?, rejetees = ?, signalees = ?, fin = ? "
                + "WHERE id = ?", DONE, read, stored, rejected, flagged, Timestamp.valueOf(LocalDateTime.now()), id);
    }

    public void reject(long fileId, List<RejectedLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO ligne_rejetee (fichier_id, ligne, motif, contenu) VALUES (?, ?, ?, ?)", lines,
                1000, (ps, r) -> {
                    ps.setLong(1, fileId);
                    ps.setInt(2, r.line());
                    ps.setString(3, r.reason());
                    ps.setString(4, r.content());
                });
    }

    public int rejectedCount(long fileId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ligne_rejetee WHERE fichier_id = ?", Integer.class, fileId);
    }

    public List<RejectedLine> rejects(long fileId) {
        return jdbc.query("SELECT ligne, motif, contenu FROM ligne_rejetee WHERE fichier_id = ? ORDER BY ligne",
                (rs, n) -> new RejectedLine(rs.getInt(1), rs.getString(2), rs.getString(3)), fileId);
    }

    /**
     * Writes the file's rejected lines (line, reason, content) from the database, so the reject
     * file is whole even after an interrupted run; contents are made safe for spreadsheets.
     *
     * @return the number of lines written
     */
    public int writeRejects(long fileId, Path target) {
        return FrenchCsvFile.write(target, new String[] {"ligne", "motif", "contenu"}, csv -> {
            int[] rows = {0};
            jdbc.query("SELECT ligne, motif, contenu FROM ligne_rejetee WHERE fichier_id = ? ORDER BY ligne", rs -> {
                csv.writeNext(new String[] {rs.getString(1), rs.getString(2), SpreadsheetCells.safe(rs.getString(3))}, false);
                rows[0]++;
            }, fileId);
            return rows[0];
        });
    }

    /**
     * Where a received file's rejects go: {@code <nom>.rejets.csv} in {@code directory}, or
     * {@code <nom>.fichier-<n>.rejets.csv} for the n-th file of that name in the same scope, so two
     * senders' {@code siei.csv} never overwrite each other's rejects.
     */
    public Path rejectFile(Path directory, ReceivedFile file) {
        String base = file.name().replaceFirst("\\.[^.]*$", "");
        int ordinal = ordinal(file);
        return directory.resolve(ordinal <= 1 ? base + REJECTS : base + ".fichier-" + ordinal + REJECTS);
    }

    /** 1 for the first file of its name in its scope, 2 for the next one of the same name, and so on. */
    public int ordinal(ReceivedFile file) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM fichier_recu WHERE type = ? AND portee = ? AND nom = ? AND id <= ?",
                Integer.class, file.kind().name(), scope(file.kind(), file.waveId()), file.name(), file.id());
    }

    /**
     * How summaries and motives name the file: its name, or, when another file of the scope has the
     * same name, its name with its ordinal and path ("siei.csv (n° 2, /arrivee/cfa/siei.csv)").
     */
    public String label(ReceivedFile file) {
        int same = jdbc.queryForObject("SELECT COUNT(*) FROM fichier_recu WHERE type = ? AND portee = ? AND nom = ?",
                Integer.class, file.kind().name(), scope(file.kind(), file.waveId()), file.name());
        if (same <= 1) {
            return file.name();
        }
        return file.name() + " (n° " + ordinal(file) + (file.path() == null ? "" : ", " + file.path()) + ")";
    }

    private static String scope(InboundKind kind, String waveId) {
        return kind.perWave() ? waveId : NO_WAVE;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
