package fr.raccrochage.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleToolsTest {

    @Test
    void shouldStripAccentsAndWriteNamesTheSourcesWays() {
        assertThat(Texts.stripAccents("Hélène Çelik Maëlys Œuvre")).isEqualTo("Helene Celik Maelys OEuvre");
        assertThat(Texts.title("JEAN-BAPTISTE N'DIAYE da silva")).isEqualTo("Jean-Baptiste N'Diaye Da Silva");
        assertThat(Texts.abbreviate("SAINTE GENEVIEVE DES BOIS")).isEqualTo("STE GENEVIEVE DES BOIS");
        assertThat(Texts.abbreviate("VILLENEUVE SAINT GEORGES")).isEqualTo("VILLENEUVE ST GEORGES");
        assertThat(Texts.withoutHyphens("L'Haÿ-les-Roses", true)).isEqualTo("L Haÿ les Roses");
        assertThat(Texts.pad(42, 7)).isEqualTo("0000042");
    }

    @Test
    void shouldDrawWeightedItemsInProportion() {
        WeightedSampler<String> sampler = WeightedSampler.<String>builder()
                .add("rare", 1).add("none", 0).add("common", 9).build();
        Rng rng = new Rng(3);
        int common = 0;
        for (int i = 0; i < 10_000; i++) {
            String drawn = sampler.sample(rng);
            assertThat(drawn).isNotEqualTo("none");
            if (drawn.equals("common")) {
                common++;
            }
        }
        assertThat(common).isBetween(8_800, 9_200);
    }

    @Test
    void shouldQuoteWhenNeededAndCountPhysicalLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.csv");
        List<Long> lines = new ArrayList<>();
        try (CsvFileWriter writer = new CsvFileWriter(file, StandardCharsets.UTF_8, false, ',', "\n")) {
            writer.header(List.of("a", "b"));
            lines.add(writer.write("x", "1, rue"));
            lines.add(writer.write("Résidence\nBât. A", "dit \"Momo\""));
            lines.add(writer.write("y", ""));
        }

        assertThat(Files.readString(file)).isEqualTo(
                "a,b\nx,\"1, rue\"\n\"Résidence\nBât. A\",\"dit \"\"Momo\"\"\"\ny,\n");
        assertThat(lines).containsExactly(2L, 3L, 5L);
    }

    @Test
    void shouldShuffleEveryItemOnceWithoutPuttingEqualKeysSideBySide() throws IOException {
        List<String> out = new ArrayList<>();
        ShuffleBuffer<String> buffer = new ShuffleBuffer<>(16, new Rng(5), s -> s.substring(0, 1), out::add);
        List<String> in = IntStream.range(0, 500).mapToObj(i -> (char) ('a' + i / 3 % 26) + "-" + i).toList();
        for (String item : in) {
            buffer.add(item);
        }
        buffer.flush();

        assertThat(out).containsExactlyInAnyOrderElementsOf(in).isNotEqualTo(in);
        for (int i = 1; i < out.size(); i++) {
            assertThat(out.get(i).charAt(0)).isNotEqualTo(out.get(i - 1).charAt(0));
        }
    }

    @Test
    void shouldMakeOneTypoThatChangesTheName() {
        Rng rng = new Rng(11);
        for (int i = 0; i < 200; i++) {
            String typo = Typos.apply("Dembélé", rng);
            assertThat(typo).isNotEqualTo("Dembélé").startsWith("D");
            assertThat(Math.abs(typo.length() - "Dembélé".length())).isLessThanOrEqualTo(1);
        }
    }
}
