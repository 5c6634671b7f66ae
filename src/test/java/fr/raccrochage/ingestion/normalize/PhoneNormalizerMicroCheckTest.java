package fr.raccrochage.ingestion.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints what normalizing costs per number, fast path against the plain library. Informative
 * only (no timed assertion); run with {@code -Dmicro=true}.
 */
@EnabledIfSystemProperty(named = "micro", matches = "true")
class PhoneNormalizerMicroCheckTest {

    @Test
    void shouldPrintTheCostPerNumberOfBothPaths() {
        PhoneNormalizer normalizer = new PhoneNormalizer();
        List<String> raws = sampleNumbers(500_000);
        for (int round = 0; round < 3; round++) {
            long fast = nanosPerNumber(raws, raw -> normalizer.normalize(raw));
            long library = nanosPerNumber(raws.subList(0, 100_000), raw -> normalizer.byLibrary(raw));
            System.out.printf("phone normalization: %d ns/number, library alone %d ns/number%n", fast, library);
        }
        assertThat(raws).hasSize(500_000);
    }

    private static List<String> sampleNumbers(int count) {
        Random random = new Random(7);
        String[] shapes = {"0%s", "+33 %s", "%s"};
        List<String> raws = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String national = "167".charAt(random.nextInt(3)) + String.format("%08d", random.nextInt(100_000_000));
            raws.add(String.format(shapes[i % shapes.length], national.replaceAll("(\\d\\d)(?=\\d)", "$1 ")));
        }
        return raws;
    }

    private static long nanosPerNumber(List<String> raws, java.util.function.Consumer<String> work) {
        long start = System.nanoTime();
        for (String raw : raws) {
            try {
                work.accept(raw);
            } catch (InvalidValueException e) {
                // invalid numbers cost the same; counted like the others
            }
        }
        return (System.nanoTime() - start) / raws.size();
    }
}
