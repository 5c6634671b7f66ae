package fr.raccrochage.core.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints what loading the directory and resolving communes cost. Informative only (no timed
 * assertion); run with {@code -Dmicro=true}.
 */
@EnabledIfSystemProperty(named = "micro", matches = "true")
class CommuneResolverMicroCheckTest {

    @Test
    void shouldPrintTheCostOfLoadingAndResolving() {
        long start = System.nanoTime();
        CommuneDirectory directory = CommuneDirectory.fromClasspath();
        long loaded = System.nanoTime();
        CommuneResolver resolver = new CommuneResolver(directory);
        long indexed = System.nanoTime();
        System.out.printf("commune directory: load %d ms, resolver indexes %d ms%n",
                (loaded - start) / 1_000_000, (indexed - loaded) / 1_000_000);

        List<String[]> inputs = regionInputs(directory);
        Random random = new Random(3);
        for (int round = 0; round < 3; round++) {
            long begin = System.nanoTime();
            int found = 0;
            for (int i = 0; i < 1_000_000; i++) {
                String[] input = inputs.get(random.nextInt(inputs.size()));
                found += resolver.resolve(input[0], input[1], input[2]).isPresent() ? 1 : 0;
            }
            System.out.printf("1M resolutions: %d ms (%d found)%n", (System.nanoTime() - begin) / 1_000_000, found);
        }
        assertThat(inputs).isNotEmpty();
    }

    /** Île-de-France communes written the usual ways, with and without INSEE code. */
    private static List<String[]> regionInputs(CommuneDirectory directory) {
        List<String[]> inputs = new ArrayList<>();
        for (Commune commune : directory.all()) {
            if (commune.isIn("11") && !commune.codesPostaux().isEmpty()) {
                String postalCode = commune.codesPostaux().get(0);
                String upper = commune.nom().toUpperCase().replace('-', ' ').replace("SAINT ", "ST ");
                inputs.add(new String[] {null, postalCode, upper});
                inputs.add(new String[] {null, postalCode, commune.nom()});
                inputs.add(new String[] {commune.codeInsee(), postalCode, upper});
            }
        }
        return inputs;
    }
}
