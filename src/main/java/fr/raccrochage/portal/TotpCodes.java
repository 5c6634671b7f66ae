package fr.raccrochage.portal;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 codes (SHA-1, 6 digits, 30 s: what every authenticator app reads from a QR code), by
 * dev.samstevens.totp. Verification returns the time step it matched, so the caller can refuse
 * the same code twice.
 */
public final class TotpCodes {

    public static final int PERIOD_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final String ISSUER = "Raccrochage";

    private TotpCodes() {
    }

    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The time step of a code valid now (one step of clock drift either way), or empty. */
    public static OptionalLong matchingStep(String secret, String code, Instant now) {
        if (secret == null || code == null) {
            return OptionalLong.empty();
        }
        String typed = code.replace(" ", "").strip();
        if (!typed.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = Math.floorDiv(now.getEpochSecond(), PERIOD_SECONDS);
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of a time step (tests and the load benchmark type it as an app would). */
    public static String code(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String codeNow(String secret) {
        return code(secret, Math.floorDiv(Instant.now().getEpochSecond(), PERIOD_SECONDS));
    }

    /** The otpauth:// QR code as a data: URI (a PNG image, no script). */
    public static String qrDataUri(String secret, String email) {
        QrData data = new QrData.Builder().label(email).secret(secret).issuer(ISSUER).algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS).period(PERIOD_SECONDS).build();
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
