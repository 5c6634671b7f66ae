package fr.raccrochage.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.raccrochage.DatabaseTests;
import fr.raccrochage.TestDatabase;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sealing of TOTP secrets with a key from RACCROCHAGE_CLE_PORTAIL or kept in the database
 * (its own H2 database: the key row is created here).
 */
@SpringBootTest(properties = "raccrochage.cli.actif=false")
class TotpSecretsTests extends DatabaseTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.registerH2(registry, home);
    }

    @Autowired
    JdbcAccountDao dao;

    @Test
    void theEnvironmentsKeyIsPreferredAndSecretsSealedUnderTheDatabasesKeyStillOpen() {
        String secret = TotpCodes.newSecret();
        TotpSecrets base = new TotpSecrets(dao, "");
        String underBase = base.seal(7, secret);
        assertThat(underBase).startsWith("aesgcm:base:").doesNotContain(secret);
        assertThat(base.seal(7, secret)).as("a fresh nonce each time").isNotEqualTo(underBase);
        assertThat(base.open(7, underBase)).isEqualTo(secret);
        assertThatThrownBy(() -> base.open(8, underBase)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ne s'ouvre pas");
        assertThat(base.open(7, secret)).as("kept in clear before encryption at rest").isEqualTo(secret);

        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        TotpSecrets env = new TotpSecrets(dao, Base64.getEncoder().encodeToString(key));
        String underEnv = env.seal(7, secret);
        assertThat(underEnv).startsWith("aesgcm:env:");
        assertThat(env.open(7, underEnv)).isEqualTo(secret);
        assertThat(env.open(7, underBase)).isEqualTo(secret);
        assertThat(env.sealedUnderPreferredKey(underBase)).isFalse();
        assertThat(base.sealedUnderPreferredKey(underBase)).isTrue();
        assertThatThrownBy(() -> base.open(7, underEnv)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RACCROCHAGE_CLE_PORTAIL, absente de cet environnement");

        byte[] otherKey = key.clone();
        otherKey[0] ^= 1;
        assertThatThrownBy(() -> new TotpSecrets(dao, Base64.getEncoder().encodeToString(otherKey)).open(7, underEnv))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("clé changée ou valeur altérée");
        assertThatThrownBy(() -> new TotpSecrets(dao, "trop-courte").seal(7, secret)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 octets codés en base64");
        assertThat(jdbc.queryForList("SELECT valeur FROM cle_secrete WHERE nom = 'portail_totp'", String.class))
                .singleElement().satisfies(v -> assertThat(Base64.getDecoder().decode(v)).hasSize(32));
    }
}
