package fr.raccrochage.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8Validity} says "well-formed" exactly when the JDK's strict UTF-8 decoder does, whatever the pieces. */
class Utf8ValidityTest {

    private final Random random = new Random(20261201L);

    @Test
    void shouldAgreeWithTheJdkDecoderOnRandomTextCutAnywhere() {
        int valid = 0;
        for (int run = 0; run < 200_000; run++) {
            byte[] bytes = randomBytes();
            boolean expected = jdkAccepts(bytes);
            if (validInPieces(bytes) != expected) {
                assertThat(validInPieces(bytes)).as("bytes %s", java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
            }
            valid += expected ? 1 : 0;
        }
        // the generator must exercise both answers
        assertThat(valid).isBetween(20_000, 180_000);
    }

    @Test
    void shouldAgreeOnEveryLeadByteFollowedByEverySecondByte() {
        java.util.List<String> disagreements = new java.util.ArrayList<>();
        for (int lead = 0x80; lead <= 0xFF; lead++) {
            for (int second = 0; second <= 0xFF; second++) {
                for (int third : new int[] {0x41, 0x80, 0xBF, 0xC0}) {
                    byte[] bytes = {(byte) 'a', (byte) lead, (byte) second, (byte) third, (byte) 0x80};
                    for (int length = 2; length <= bytes.length; length++) {
                        byte[] prefix = java.util.Arrays.copyOf(bytes, length);
                        if (validInPieces(prefix) != jdkAccepts(prefix)) {
                            disagreements.add(java.util.HexFormat.of().formatHex(prefix));
                        }
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private boolean validInPieces(byte[] bytes) {
        Utf8Validity validity = new Utf8Validity();
        int offset = 0;
        boolean valid = true;
        while (offset < bytes.length) {
            int length = 1 + random.nextInt(bytes.length - offset);
            valid = validity.update(bytes, offset, length);
            offset += length;
        }
        return validity.finish() && valid;
    }

    private final java.nio.charset.CharsetDecoder jdk = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    private boolean jdkAccepts(byte[] bytes) {
        try {
            jdk.reset().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Mostly real text (ASCII letters and runs, accents, CJK, emoji); now and then a byte flipped, dropped or cut. */
    private byte[] randomBytes() {
        StringBuilder text = new StringBuilder();
        int chars = random.nextInt(12);
        for (int i = 0; i < chars; i++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append((char) ('a' + random.nextInt(26)));
                case 5 -> text.append("Martin;Leo;01/01/2008;75056;", 0, 1 + random.nextInt(28));
                case 1 -> text.append("éèàçœÉ€".charAt(random.nextInt(7)));
                case 2 -> text.append((char) (0x0800 + random.nextInt(0xD000)));
                case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                default -> text.append((char) (0x80 + random.nextInt(0x780)));
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0 && random.nextInt(3) == 0) {
            int damages = 1 + random.nextInt(2);
            for (int d = 0; d < damages; d++) {
                int at = random.nextInt(bytes.length);
                switch (random.nextInt(3)) {
                    case 0 -> bytes[at] = (byte) random.nextInt(256);
                    case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
                    default -> bytes[at] = (byte) (0x80 | random.nextInt(0x40));
                }
                if (bytes.length == 0) {
                    break;
                }
            }
        }
        return bytes;
    }
}
