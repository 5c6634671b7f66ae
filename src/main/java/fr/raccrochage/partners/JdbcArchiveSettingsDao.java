package fr.raccrochage.partners;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The partners' archive settings ({@code partenaire_archive}): encryption on or off, and the passphrase. */
@Repository
class JdbcArchiveSettingsDao {

    record Settings(boolean encrypted, String secret) {
    }

    private final JdbcTemplate jdbc;

    JdbcArchiveSettingsDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Settings> find(String partnerId) {
        return jdbc.query("SELECT chiffree, secret FROM partenaire_archive WHERE partenaire_id = ?",
                (rs, i) -> new Settings(rs.getBoolean(1), rs.getString(2)), partnerId).stream().findFirst();
    }

    void insert(String partnerId, Settings settings, LocalDateTime on) {
        jdbc.update("INSERT INTO partenaire_archive (partenaire_id, chiffree, secret, secret_cree_le) VALUES (?, ?, ?, ?)",
                partnerId, settings.encrypted(), settings.secret(), Timestamp.valueOf(on));
    }

    /** False when the partner has no settings yet. */
    boolean setEncrypted(String partnerId, boolean encrypted) {
        return jdbc.update("UPDATE partenaire_archive SET chiffree = ? WHERE partenaire_id = ?", encrypted, partnerId) > 0;
    }

    void setSecret(String partnerId, String secret, LocalDateTime on) {
        jdbc.update("UPDATE partenaire_archive SET secret = ?, secret_cree_le = ? WHERE partenaire_id = ?", secret,
                Timestamp.valueOf(on), partnerId);
    }
}
