package fr.raccrochage.rights;

import fr.raccrochage.core.text.TextKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 fingerprints of what must be recognised without being kept in clear: an erased young
 * person's INE and normalised names + birth date, a number withdrawn from a young person. The key
 * is drawn at random on first use and kept in the database ({@code cle_secrete}), never in the code:
 * without it, a fingerprint tells nothing, not even by trying every name of a list.
 */
@Component
class KeyedHashes {

    static final String KEY_NAME = "empreintes";

    private final JdbcRightsDao dao;
    private volatile SecretKeySpec key;

    KeyedHashes(JdbcRightsDao dao) {
        this.dao = dao;
    }

    String of(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String ofNumber(String e164) {
        return of("TEL:" + e164);
    }

    /** The INE's fingerprint (letters and digits, upper case), or null without a usable INE. */
    String ofIne(String ine) {
        String key = ine == null ? "" : ine.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return key.isEmpty() ? null : of("INE:" + key);
    }

    /**
     * Fingerprints of the identity: names without accents, case or separators, and the birth date;
     * the swapped reading (last name written as first name) too, as the identity engine accepts it.
     */
    Set<String> ofIdentity(String lastName, String firstNames, LocalDate birthDate) {
        Set<String> prints = new LinkedHashSet<>();
        String last = TextKeys.key(lastName).replace(" ", "");
        String first = TextKeys.key(firstNames).replace(" ", "");
        if (last.isEmpty() || first.isEmpty() || birthDate == null) {
            return prints;
        }
        prints.add(of("ID:" + last + "|" + first + "|" + birthDate));
        prints.add(of("ID:" + first + "|" + last + "|" + birthDate));
        return prints;
    }

    /** The identity's fingerprint as stored (straight reading only). */
    String ofIdentityStored(String lastName, String firstNames, LocalDate birthDate) {
        Set<String> prints = ofIdentity(lastName, firstNames, birthDate);
        return prints.isEmpty() ? null : prints.iterator().next();
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    String stored = dao.secret(KEY_NAME).orElseGet(() -> {
                        byte[] random = new byte[32];
                        new SecureRandom().nextBytes(random);
                        String value = Base64.getEncoder().encodeToString(random);
                        dao.insertSecret(KEY_NAME, value);
                        return value;
                    });
                    key = new SecretKeySpec(Base64.getDecoder().decode(stored), "HmacSHA256");
                }
                k = key;
            }
        }
        return k;
    }
}
