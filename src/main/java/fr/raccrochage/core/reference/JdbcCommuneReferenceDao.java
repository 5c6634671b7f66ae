package fr.raccrochage.core.reference;

import fr.raccrochage.core.commune.Commune;
import fr.raccrochage.core.commune.CommuneMovement;
import fr.raccrochage.core.commune.CommuneType;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored commune directory ({@code commune}), its history ({@code commune_mouvement}) and its versions. */
@Repository
public class JdbcCommuneReferenceDao {

    private final JdbcTemplate jdbc;

    JdbcCommuneReferenceDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Commune> communes() {
        return jdbc.query("""
                SELECT code_insee, nom, type, code_rattachement, departement, region, codes_postaux, population,
                       epci_code, epci_nom, ept_code, ept_nom
                FROM commune ORDER BY code_insee, type""", JdbcCommuneReferenceDao::commune);
    }

    public List<CommuneMovement> movements() {
        return jdbc.query("""
                SELECT code_mouvement, date_effet, type_avant, code_avant, nom_avant, type_apres, code_apres, nom_apres
                FROM commune_mouvement""", (rs, n) -> new CommuneMovement(rs.getInt(1), rs.getDate(2).toLocalDate(),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
    }

    /** The version in force: the last one recorded. */
    public Optional<ReferenceVersion> current() {
        List<ReferenceVersion> versions = jdbc.query("""
                SELECT id, millesime_cog, edition_codes_postaux, origine, importe_le, communes, mouvements
                FROM referentiel_version ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""", (rs, n) -> {
            Timestamp imported = rs.getTimestamp(5);
            long id = rs.getLong(1);
            return new ReferenceVersion(id, rs.getInt(2), rs.getString(3), rs.getString(4),
                    imported == null ? null : imported.toLocalDateTime(), rs.getInt(6), rs.getInt(7), files(id));
        });
        return versions.stream().findFirst();
    }

    private List<ReferenceFile> files(long versionId) {
        return jdbc.query("""
                SELECT role, nom, empreinte, encodage, lignes, fichier_id FROM referentiel_fichier WHERE version_id = ?""",
                (rs, n) -> new ReferenceFile(ReferenceFile.Role.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5), rs.getLong(6)), versionId).stream()
                .sorted(Comparator.comparing(ReferenceFile::role)).toList();
    }

    /**
     * Replaces the directory and its history, and records the version with its files (already in the
     * journal of received files); the caller holds the transaction.
     */
    public void replace(List<Commune> communes, List<CommuneMovement> movements, ReferenceVersion version) {
        jdbc.update("DELETE FROM commune");
        jdbc.batchUpdate(CommuneRow.INSERT, communes, 1000, CommuneRow::bind);
        jdbc.update("DELETE FROM commune_mouvement");
        jdbc.batchUpdate("""
                INSERT INTO commune_mouvement (code_mouvement, date_effet, type_avant, code_avant, nom_avant,
                    type_apres, code_apres, nom_apres) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", movements, 1000, (insert, m) -> {
            insert.setInt(1, m.mod());
            insert.setDate(2, Date.valueOf(m.date()));
            insert.setString(3, m.typeBefore());
            insert.setString(4, m.codeBefore());
            insert.setString(5, m.nameBefore());
            insert.setString(6, m.typeAfter());
            insert.setString(7, m.codeAfter());
            insert.setString(8, m.nameAfter());
        });
        jdbc.update("""
                INSERT INTO referentiel_version (millesime_cog, edition_codes_postaux, origine, importe_le, communes, mouvements)
                VALUES (?, ?, ?, ?, ?, ?)""", version.cogYear(), version.postalEdition(), version.origin(),
                Timestamp.valueOf(version.importedAt()), version.communes(), version.movements());
        long id = jdbc.queryForObject("SELECT MAX(id) FROM referentiel_version", Long.class);
        for (ReferenceFile file : version.files()) {
            jdbc.update("""
                    INSERT INTO referentiel_fichier (version_id, role, nom, empreinte, encodage, lignes, fichier_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", id, file.role().name(), file.name(), file.sha256(), file.encoding(),
                    file.lines(), file.receivedFileId());
        }
    }

    private static Commune commune(ResultSet rs, int n) throws SQLException {
        String postalCodes = rs.getString(7);
        return new Commune(rs.getString(1), rs.getString(2), CommuneType.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), postalCodes == null || postalCodes.isEmpty() ? List.of()
                        : List.of(postalCodes.split("\\|")), rs.getInt(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12));
    }
}
