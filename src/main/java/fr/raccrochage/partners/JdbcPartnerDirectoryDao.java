package fr.raccrochage.partners;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The partner directory as stored in {@code partenaire_commune}. */
@Repository
class JdbcPartnerDirectoryDao {

    private final JdbcTemplate jdbc;

    JdbcPartnerDirectoryDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DirectoryEntry> entries() {
        return jdbc.query("SELECT partenaire_id, type, nom, departement, code_insee FROM partenaire_commune "
                + "ORDER BY partenaire_id, code_insee", (rs, i) -> new DirectoryEntry(
                        new Partner(rs.getString(1), PartnerType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)),
                        rs.getString(5)));
    }

    int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM partenaire_commune", Integer.class);
    }

    /** Journals a directory import; returns its id. */
    long recordImport(String name, String sha256, int lines, int partners, int replaced, LocalDateTime at) {
        jdbc.update("INSERT INTO import_annuaire (nom, empreinte, lignes, partenaires, remplacees, importe_le) VALUES (?, ?, ?, ?, ?, ?)",
                name, sha256, lines, partners, replaced, Timestamp.valueOf(at));
        return jdbc.queryForObject("SELECT MAX(id) FROM import_annuaire", Long.class);
    }

    void replaceAll(List<DirectoryEntry> entries) {
        jdbc.update("DELETE FROM partenaire_commune");
        jdbc.batchUpdate("INSERT INTO partenaire_commune (partenaire_id, type, nom, departement, code_insee) VALUES (?, ?, ?, ?, ?)",
                entries, 1000, (ps, e) -> {
                    ps.setString(1, e.partner().id());
                    ps.setString(2, e.partner().type().name());
                    ps.setString(3, e.partner().nom());
                    ps.setString(4, e.partner().departement());
                    ps.setString(5, e.codeInsee());
                });
    }
}
