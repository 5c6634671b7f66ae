package fr.raccrochage.partners;

import fr.raccrochage.partners.PartnerExportService.Pending;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The exports' SQL: the referrals an export picks from, and the journal of the files and rows sent. */
@Repository
class JdbcExportDao {

    /**
     * Which referrals: of one wave (or all), of one partner (or all) and, for a partner, only those
     * it was ever sent, or one of them.
     */
    record Referrals(String waveId, String partnerId, String idAppel, boolean everSent) {

        static Referrals ofWave(String waveId) {
            return new Referrals(waveId, null, null, false);
        }

        static Referrals sentTo(String partnerId, String idAppel) {
            return new Referrals(null, partnerId, idAppel, true);
        }
    }

    private final JdbcTemplate jdbc;

    JdbcExportDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The referrals asked for, each with whether it is sent and not withdrawn since, by partner then ID_APPEL. */
    List<Pending> referrals(Referrals which) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (which.waveId() != null) {
            conditions.add("d.vague_id = ?");
            args.add(which.waveId());
        }
        if (which.partnerId() != null) {
            conditions.add("o.partenaire_id = ?");
            args.add(which.partnerId());
        }
        if (which.idAppel() != null) {
            conditions.add("o.id_appel = ?");
            args.add(which.idAppel());
        }
        if (which.everSent()) {
            conditions.add("EXISTS (SELECT 1 FROM export_ligne l WHERE l.partenaire_id = o.partenaire_id "
                    + "AND l.id_appel = o.id_appel)");
        }
        String sql = """
                SELECT o.id_appel, o.partenaire_id, o.motif, o.date_orientation, o.date_limite_rappel, o.code_insee,
                    d.vague_id, d.personne_id, c.source,
                    CASE WHEN """ + JdbcDirectoryChangeDao.HOLDS + """
                    THEN 1 ELSE 0 END AS envoye
                FROM orientation o
                JOIN dossier_appel d ON d.id_appel = o.id_appel
                LEFT JOIN cloture_dossier c ON c.id_appel = o.id_appel
                """ + (conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions) + " ")
                + "ORDER BY o.partenaire_id, o.id_appel";
        return jdbc.query(sql, (rs, i) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3),
                local(rs.getDate(4)), local(rs.getDate(5)), rs.getString(6), rs.getString(7), rs.getLong(8),
                rs.getString(9), rs.getInt(10) == 1), args.toArray());
    }

    /** Journals one file sent and its rows; returns the export's id. */
    long insertExport(String partnerId, String waveId, Path file, List<Pending> rows, String sha256, boolean resend,
            LocalDateTime now, PartnerArchive archive) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO export_partenaire (partenaire_id, vague_id, fichier, lignes, empreinte, renvoi, exporte_le,
                        archive, empreinte_archive)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, partnerId);
            ps.setString(2, waveId);
            ps.setString(3, file.toString());
            ps.setInt(4, rows.size());
            ps.setString(5, sha256);
            ps.setBoolean(6, resend);
            ps.setTimestamp(7, Timestamp.valueOf(now));
            ps.setString(8, archive == null ? null : archive.file().toString());
            ps.setString(9, archive == null ? null : archive.sha256());
            return ps;
        }, key);
        long exportId = key.getKey().longValue();
        jdbc.batchUpdate("INSERT INTO export_ligne (export_id, id_appel, partenaire_id) VALUES (?, ?, ?)", rows, 1000,
                (ps, r) -> {
                    ps.setLong(1, exportId);
                    ps.setString(2, r.idAppel());
                    ps.setString(3, partnerId);
                });
        return exportId;
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
