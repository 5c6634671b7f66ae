package fr.raccrochage.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AsciiRuns} finds the byte a plain byte-by-byte loop finds, and the file checks built on it see far into a file. */
class AsciiRunsTest {

    @TempDir
    Path dir;

    @Test
    void shouldStopAtTheFirstByteWithItsHighBitWhereverTheRunStartsAndEnds() {
        Random random = new Random(20261201L);
        for (int run = 0; run < 100_000; run++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(12) == 0 ? 0x80 + random.nextInt(128) : random.nextInt(128));
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            int end = from + random.nextInt(bytes.length - from + 1);
            assertThat(AsciiRuns.end(bytes, from, end)).as("run %d", run).isEqualTo(byteByByte(bytes, from, end));
        }
    }

    @Test
    void shouldSeeTheFirstAccentOfAUtf8ListFarPastItsStart() throws Exception {
        Path file = dir.resolve("utf8.csv");
        Files.writeString(file, longList("Lefèvre;Hélène;01/01/2008\n"), StandardCharsets.UTF_8);

        assertThat(InboundInspector.inspect(file, null).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void shouldRefuseAListWhoseOnlyUndefinedByteIsFarPastItsStart() throws Exception {
        Path file = dir.resolve("inconnu.csv");
        byte[] text = longList("Lef\u00e8vre;X;01/01/2008\n").getBytes(InboundInspector.WINDOWS_1252);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 2);
        bytes[text.length] = (byte) 0x81;
        bytes[text.length + 1] = '\n';
        Files.write(file, bytes);

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> InboundInspector.inspect(file, null)))
                .isInstanceOf(FileRefusedException.class)
                .hasMessageContaining("ni UTF-8 ni Windows-1252");
    }

    private static String longList(String lastLine) {
        StringBuilder lines = new StringBuilder("NOM;PRENOM;DATE_NAISSANCE\n");
        for (int i = 0; i < 20_000; i++) {
            lines.append("Martin;Leo;01/01/2008\n");
        }
        return lines.append(lastLine).toString();
    }

    private static int byteByByte(byte[] bytes, int from, int end) {
        int i = from;
        while (i < end && bytes[i] >= 0) {
            i++;
        }
        return i;
    }
}
