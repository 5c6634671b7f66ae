package fr.raccrochage.portal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * TOTP secrets at rest: AES-256-GCM, bound to their account (the account id is the associated
 * data, so a sealed secret copied onto another row does not open). The key comes from
 * {@code RACCROCHAGE_CLE_PORTAIL} ({@code raccrochage.portail.cle}, 32 bytes in base64) when it is
 * set, which keeps it out of the database; otherwise one is drawn at random on first use and kept in
 * {@code cle_secrete}, as the keyed hashes of the rights stage are. A sealed value names its key
 * ({@value #ENVIRONMENT} or {@value #DATABASE}), so secrets sealed before the variable was set still
 * open and are sealed again under it ({@link AccountService#sealStoredSecrets}).
 */
@Component
public class TotpSecrets {

    static final String ENVIRONMENT = "aesgcm:env:";
    static final String DATABASE = "aesgcm:base:";
    static final String KEY_NAME = "portail_totp";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcAccountDao dao;
    private final String environmentKey;
    private volatile SecretKey databaseKey;

    TotpSecrets(JdbcAccountDao dao, @Value("${raccrochage.portail.cle:}") String environmentKey) {
        this.dao = dao;
        this.environmentKey = environmentKey == null ? "" : environmentKey.strip();
    }

    /** The secret sealed under the preferred key (the environment's when set). */
    String seal(long accountId, String secret) {
        boolean fromEnvironment = !environmentKey.isEmpty();
        SecretKey key = fromEnvironment ? environmentKey() : databaseKey();
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(accountId));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return (fromEnvironment ? ENVIRONMENT : DATABASE)
                    + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The clear secret of a stored value; a value stored before encryption existed (no prefix) is returned as is. */
    String open(long accountId, String stored) {
        if (stored == null || !isSealed(stored)) {
            return stored;
        }
        boolean fromEnvironment = stored.startsWith(ENVIRONMENT);
        if (fromEnvironment && environmentKey.isEmpty()) {
            throw new IllegalStateException("Le secret TOTP du compte " + accountId + " a été chiffré avec la clé "
                    + "RACCROCHAGE_CLE_PORTAIL, absente de cet environnement : définissez-la pour ouvrir le portail.");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring((fromEnvironment ? ENVIRONMENT : DATABASE).length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, fromEnvironment ? environmentKey() : databaseKey(),
                    new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(associatedData(accountId));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Le secret TOTP du compte " + accountId + " ne s'ouvre pas avec la clé "
                    + (fromEnvironment ? "RACCROCHAGE_CLE_PORTAIL" : "de la base") + " (clé changée ou valeur altérée).", e);
        }
    }

    /** Whether this stored value is sealed under the key that {@link #seal} uses now. */
    boolean sealedUnderPreferredKey(String stored) {
        return stored != null && stored.startsWith(environmentKey.isEmpty() ? DATABASE : ENVIRONMENT);
    }

    static boolean isSealed(String stored) {
        return stored.startsWith(ENVIRONMENT) || stored.startsWith(DATABASE);
    }

    private static byte[] associatedData(long accountId) {
        return ("portail_compte:" + accountId).getBytes(StandardCharsets.US_ASCII);
    }

    private SecretKey environmentKey() {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(environmentKey);
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != 32) {
            throw new IllegalStateException("RACCROCHAGE_CLE_PORTAIL doit contenir 32 octets codés en base64 "
                    + "(par exemple la sortie de « openssl rand -base64 32 »).");
        }
        return new SecretKeySpec(key, "AES");
    }

    private SecretKey databaseKey() {
        SecretKey key = databaseKey;
        if (key == null) {
            synchronized (this) {
                if (databaseKey == null) {
                    databaseKey = new SecretKeySpec(Base64.getDecoder().decode(dao.secretKey(KEY_NAME, () -> {
                        byte[] random = new byte[32];
                        RANDOM.nextBytes(random);
                        return Base64.getEncoder().encodeToString(random);
                    })), "AES");
                }
                key = databaseKey;
            }
        }
        return key;
    }
}
