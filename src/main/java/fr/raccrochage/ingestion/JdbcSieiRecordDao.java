package fr.raccrochage.ingestion;

import fr.raccrochage.core.person.RecordKey;
import fr.raccrochage.ingestion.normalize.Phone;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The SIEI stage's SQL: a file's stored records and rejected lines, its running figures, and the
 * wave's records and rejects in file and line order for {@code vague extraire}.
 */
@Repository
class JdbcSieiRecordDao {

    private static final String INSERT_RECORD = """
            INSERT INTO siei_enregistrement (fichier_id, ligne, vague_id, ine, nom, prenom, date_naissance, sexe,
                tel_jeune, tel_jeune_type, email_jeune, adresse, code_postal, commune, code_commune,
                resp1_nom, resp1_prenom, resp1_tel, resp1_tel_type, resp1_email, resp1_code_insee,
                resp2_nom, resp2_prenom, resp2_tel, resp2_tel_type, resp2_email, resp2_code_insee,
                uai, etablissement, formation, date_sortie, source,
                code_insee_residence, source_residence, drapeaux, autres_colonnes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String ADD_FIGURES = "UPDATE fichier_recu SET enregistrees = COALESCE(enregistrees, 0) + ?, "
            + "signalees = COALESCE(signalees, 0) + ? WHERE id = ?";
    private static final String INSERT_REJECT =
            "INSERT INTO ligne_rejetee (fichier_id, ligne, motif, contenu) VALUES (?, ?, ?, ?)";
    private static final String WAVE_LINES = """
            SELECT e.ligne, f.nom AS fichier, 'ACCEPTE' AS statut, e.ine, e.nom, e.prenom, e.date_naissance, e.sexe,
                   e.tel_jeune, e.resp1_tel, e.resp2_tel, e.code_insee_residence, c.nom AS commune_residence,
                   e.source_residence, e.drapeaux, NULL AS motif_rejet, f.id AS fichier_id
            FROM siei_enregistrement e
            JOIN fichier_recu f ON f.id = e.fichier_id AND f.type = 'SIEI'
            LEFT JOIN commune c ON c.code_insee = e.code_insee_residence AND c.type IN ('COMMUNE', 'ARRONDISSEMENT')
            WHERE f.vague_id = ?
            UNION ALL
            SELECT r.ligne, f.nom, 'REJETE', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   NULL, NULL, r.motif, f.id
            FROM ligne_rejetee r
            JOIN fichier_recu f ON f.id = r.fichier_id AND f.type = 'SIEI'
            WHERE f.vague_id = ?
            ORDER BY fichier_id, ligne""";

    private final JdbcTemplate jdbc;

    JdbcSieiRecordDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores accepted records and adds them to the file's running figures, in the caller's transaction. */
    void insertRecords(long fileId, String waveId, List<SieiRecord> records, int flagged) {
        jdbc.batchUpdate(INSERT_RECORD, records, records.size(), (ps, r) -> bindRecord(ps, fileId, waveId, r));
        jdbc.update(ADD_FIGURES, records.size(), flagged, fileId);
    }

    void insertRejects(long fileId, List<ProcessedLine.Rejected> rejects) {
        jdbc.batchUpdate(INSERT_REJECT, rejects, rejects.size(), (ps, reject) -> {
            ps.setLong(1, fileId);
            ps.setInt(2, reject.lineNumber());
            ps.setString(3, truncate(reject.reason(), 500));
            ps.setString(4, truncate(reject.content(), 4000));
        });
    }

    int countRecords(long fileId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM siei_enregistrement WHERE " + RecordKey.IN_FILE, Integer.class,
                RecordKey.firstOf(fileId), RecordKey.lastOf(fileId));
    }

    /** Streams the wave's accepted records and rejected lines, in file and line order. */
    void forEachWaveLine(String waveId, RowCallbackHandler row) {
        jdbc.query(WAVE_LINES, row, waveId, waveId);
    }

    private static void bindRecord(PreparedStatement ps, long fileId, String waveId, SieiRecord r) throws SQLException {
        int i = 1;
        ps.setLong(i++, fileId);
        ps.setInt(i++, r.lineNumber());
        ps.setString(i++, waveId);
        ps.setString(i++, r.ine());
        ps.setString(i++, truncate(r.nom(), 200));
        ps.setString(i++, truncate(r.prenom(), 200));
        ps.setObject(i++, r.dateNaissance());
        ps.setString(i++, r.sexe());
        i = bindPhone(ps, i, r.telJeune());
        ps.setString(i++, truncate(r.emailJeune(), 200));
        ps.setString(i++, truncate(r.adresse(), 300));
        ps.setString(i++, r.codePostal());
        ps.setString(i++, truncate(r.commune(), 200));
        ps.setString(i++, truncate(r.codeCommune(), 10));
        i = bindGuardian(ps, i, r.resp1());
        i = bindGuardian(ps, i, r.resp2());
        ps.setString(i++, r.uai());
        ps.setString(i++, truncate(r.etablissement(), 200));
        ps.setString(i++, truncate(r.formation(), 200));
        ps.setObject(i++, r.dateSortie(), java.sql.Types.DATE);
        ps.setString(i++, r.source());
        ps.setString(i++, r.codeInseeResidence());
        ps.setString(i++, r.residenceSource().name());
        ps.setString(i++, r.flags().stream().map(Enum::name).collect(Collectors.joining("|")));
        ps.setString(i, r.otherColumns());
    }

    private static int bindGuardian(PreparedStatement ps, int i, Guardian g) throws SQLException {
        ps.setString(i++, g == null ? null : truncate(g.nom(), 200));
        ps.setString(i++, g == null ? null : truncate(g.prenom(), 200));
        i = bindPhone(ps, i, g == null ? null : g.phone());
        ps.setString(i++, g == null ? null : truncate(g.email(), 200));
        ps.setString(i++, g == null ? null : g.codeInsee());
        return i;
    }

    private static int bindPhone(PreparedStatement ps, int i, Phone phone) throws SQLException {
        ps.setString(i++, phone == null ? null : phone.e164());
        ps.setString(i++, phone == null ? null : phone.type().name());
        return i;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
