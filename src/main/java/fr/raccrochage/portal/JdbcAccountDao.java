package fr.raccrochage.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The portal's accounts ({@code portail_compte}). */
@Repository
class JdbcAccountDao {

    /** An account with what only the authentication reads. */
    record Credentials(Account account, String passwordHash, String totpSecret, String activationDigest, int failures,
            Long lastTotpStep) {
    }

    private static final String COLUMNS = """
            id, courriel, role, partenaire_id, actif, mot_de_passe, secret_totp, activation_empreinte, activation_expire,
            echecs, verrouille_jusqua, dernier_pas_totp, cree_le, active_le, derniere_connexion""";

    private final JdbcTemplate jdbc;

    JdbcAccountDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String email, Role role, String partnerId, String activationDigest, LocalDateTime expires,
            LocalDateTime now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("""
                    INSERT INTO portail_compte (courriel, role, partenaire_id, actif, activation_empreinte, activation_expire,
                        echecs, cree_le) VALUES (?, ?, ?, TRUE, ?, ?, 0, ?)""", new String[] {"id"});
            ps.setString(1, email);
            ps.setString(2, role.name());
            ps.setString(3, partnerId);
            ps.setString(4, activationDigest);
            ps.setTimestamp(5, Timestamp.valueOf(expires));
            ps.setTimestamp(6, Timestamp.valueOf(now));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    Optional<Credentials> byEmail(String email) {
        return jdbc.query("SELECT " + COLUMNS + " FROM portail_compte WHERE courriel = ?", JdbcAccountDao::credentials, email)
                .stream().findFirst();
    }

    Optional<Account> byId(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM portail_compte WHERE id = ?", JdbcAccountDao::credentials, id)
                .stream().findFirst().map(Credentials::account);
    }

    List<Account> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM portail_compte ORDER BY role, partenaire_id, courriel",
                JdbcAccountDao::credentials).stream().map(Credentials::account).toList();
    }

    int deactivate(String email) {
        return jdbc.update("UPDATE portail_compte SET actif = FALSE WHERE courriel = ?", email);
    }

    /** A new activation code: the password and TOTP secret are forgotten until the next activation. */
    int resetActivation(String email, String activationDigest, LocalDateTime expires) {
        return jdbc.update("""
                UPDATE portail_compte SET actif = TRUE, mot_de_passe = NULL, secret_totp = NULL, activation_empreinte = ?,
                    activation_expire = ?, echecs = 0, verrouille_jusqua = NULL, dernier_pas_totp = NULL
                WHERE courriel = ?""", activationDigest, Timestamp.valueOf(expires), email);
    }

    /** Consumes the activation code: 0 when another request used it first. */
    int activate(long id, String activationDigest, String passwordHash, String totpSecret, long totpStep,
            LocalDateTime now) {
        return jdbc.update("""
                UPDATE portail_compte SET mot_de_passe = ?, secret_totp = ?, dernier_pas_totp = ?, activation_empreinte = NULL,
                    activation_expire = NULL, active_le = ?, echecs = 0, verrouille_jusqua = NULL
                WHERE id = ? AND activation_empreinte = ? AND actif = TRUE""", passwordHash, totpSecret, totpStep,
                Timestamp.valueOf(now), id, activationDigest);
    }

    void failure(long id, int failures, LocalDateTime lockedUntil) {
        jdbc.update("UPDATE portail_compte SET echecs = ?, verrouille_jusqua = ? WHERE id = ?", failures,
                lockedUntil == null ? null : Timestamp.valueOf(lockedUntil), id);
    }

    /** Records a login; 0 when the TOTP step was already used (a replayed code). */
    int success(long id, long totpStep, LocalDateTime now) {
        return jdbc.update("""
                UPDATE portail_compte SET echecs = 0, verrouille_jusqua = NULL, dernier_pas_totp = ?, derniere_connexion = ?
                WHERE id = ? AND (dernier_pas_totp IS NULL OR dernier_pas_totp < ?)""", totpStep, Timestamp.valueOf(now), id,
                totpStep);
    }

    /** Every stored TOTP secret by account id (the sealing of existing rows). */
    java.util.Map<Long, String> totpSecrets() {
        java.util.Map<Long, String> secrets = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT id, secret_totp FROM portail_compte WHERE secret_totp IS NOT NULL ORDER BY id",
                rs -> {
                    secrets.put(rs.getLong(1), rs.getString(2));
                });
        return secrets;
    }

    /** Replaces a stored secret if it is still the one read (0 when the account changed meanwhile). */
    int replaceTotpSecret(long id, String before, String after) {
        return jdbc.update("UPDATE portail_compte SET secret_totp = ? WHERE id = ? AND secret_totp = ?", after, id, before);
    }

    /** A key of {@code cle_secrete}, drawn by {@code draw} and stored on first use (a concurrent first use keeps the first). */
    String secretKey(String name, java.util.function.Supplier<String> draw) {
        List<String> found = jdbc.queryForList("SELECT valeur FROM cle_secrete WHERE nom = ?", String.class, name);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        try {
            String value = draw.get();
            jdbc.update("INSERT INTO cle_secrete (nom, valeur) VALUES (?, ?)", name, value);
            return value;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return jdbc.queryForObject("SELECT valeur FROM cle_secrete WHERE nom = ?", String.class, name);
        }
    }

    private static Credentials credentials(ResultSet rs, int row) throws SQLException {
        Account account = new Account(rs.getLong("id"), rs.getString("courriel"), Role.valueOf(rs.getString("role")),
                rs.getString("partenaire_id"), rs.getBoolean("actif"), rs.getTimestamp("active_le") != null,
                local(rs.getTimestamp("activation_expire")), local(rs.getTimestamp("verrouille_jusqua")),
                local(rs.getTimestamp("cree_le")), local(rs.getTimestamp("derniere_connexion")));
        long step = rs.getLong("dernier_pas_totp");
        return new Credentials(account, rs.getString("mot_de_passe"), rs.getString("secret_totp"),
                rs.getString("activation_empreinte"), rs.getInt("echecs"), rs.wasNull() ? null : step);
    }

    private static LocalDateTime local(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
