package fr.raccrochage.partners;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import fr.raccrochage.PartnerStagesTests;
import fr.raccrochage.TestDatabase;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.jdbc.JdbcTestUtils;

/**
 * The export end to end, property-based with a seeded generator: for each repetition, a random
 * directory is imported, a random wave is seeded, closed and (half of the time after the directory
 * was replaced by another random one) exported; every row of every file must lie in its partner's
 * communes as the directory in force lists them, checked independently of {@link PartnerDirectory}.
 */
@SpringBootTest(properties = "raccrochage.cli.actif=false")
class ExportStaysWithinPartnerCommunesTests extends PartnerStagesTests {

    private static final List<String> STATUSES = List.of("INJOIGNABLE", "SANS_NUMERO", "ORIENTE_ML", "ORIENTE_CIO",
            "A_APPELER", "EN_SOLUTION", "EXCLU");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.registerH2(registry, home);
    }

    @RepeatedTest(12)
    void shouldNeverExportARowOutsideItsPartnersCommunes(RepetitionInfo repetition) throws Exception {
        long seed = repetition.getCurrentRepetition();
        Random random = new Random(seed);
        PartnersJobTests.reset(jdbc);
        List<String> pool = RoutingStaysWithinPartnerCommunesTest.communePool(random);
        List<DirectoryEntry> entries = importDirectory(random, pool, "annuaire-" + seed + ".csv");
        seedWave(random, pool, entries);
        closing.close("Q", LocalDate.of(2026, 6, 30));
        if (random.nextBoolean()) {
            entries = importDirectory(random, pool, "annuaire-" + seed + "-bis.csv");
        }

        ExportRun run = exports.export("Q", List.of(), LocalDateTime.of(2026, 7, 1, 10, 0).plusSeconds(seed));

        int rows = 0;
        for (ExportedFile file : run.files()) {
            Set<String> routedThere = Set.copyOf(jdbc.queryForList(
                    "SELECT id_appel FROM orientation WHERE partenaire_id = ?", String.class, file.partnerId()));
            for (String[] row : rows(file.file())) {
                assertThat(RoutingStaysWithinPartnerCommunesTest.independentlyCovers(entries, file.partnerId(), row[7]))
                        .as("graine %d : %s envoyé à %s pour la commune %s", seed, row[0], file.partnerId(), row[7]).isTrue();
                assertThat(routedThere).contains(row[0]);
                rows++;
            }
        }
        assertThat(rows + run.withheld()).isEqualTo(JdbcTestUtils.countRowsInTable(jdbc, "orientation"));
    }

    private List<DirectoryEntry> importDirectory(Random random, List<String> pool, String name) throws Exception {
        List<DirectoryEntry> entries = RoutingStaysWithinPartnerCommunesTest.directory(random, pool);
        Path file = home.resolve(name);
        Files.writeString(file, Directories.HEADER + entries.stream()
                .map(e -> String.join(";", e.partner().id(), e.partner().type().name(), e.partner().nom(), "00", e.codeInsee()))
                .collect(Collectors.joining("\n")) + "\n", StandardCharsets.UTF_8);
        directory.importFile(file);
        return entries;
    }

    private void seedWave(Random random, List<String> pool, List<DirectoryEntry> entries) {
        WaveFixture wave = new WaveFixture(jdbc, "Q", 1);
        List<String> partners = entries.stream().map(e -> e.partner().id()).distinct().toList();
        for (int i = 1; i <= 60; i++) {
            String own = random.nextInt(10) < 8 ? pool.get(random.nextInt(pool.size())) : random.nextBoolean() ? "69123" : null;
            String guardian = random.nextBoolean() ? pool.get(random.nextInt(pool.size())) : null;
            long person = wave.person("Nom" + i, "Prénom", "2008-01-01", own, own == null ? "NONE" : "JEUNE", guardian, "");
            String status = STATUSES.get(random.nextInt(STATUSES.size()));
            boolean followed = "EXCLU".equals(status);
            wave.callCase(i, person, status, "A_APPELER".equals(status) ? null : LocalDateTime.of(2026, 6, 20, 10, 0),
                    random.nextBoolean() ? LocalDateTime.of(2026, 7, 1, 10, 0) : null, followed ? "SUIVI_PARTENAIRE" : null,
                    followed ? partners.get(random.nextInt(partners.size())) : null);
        }
    }

    private static List<String[]> rows(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(reader).withCSVParser(new CSVParserBuilder().withSeparator(';').build())
                        .withSkipLines(1).build()) {
            return csv.readAll();
        }
    }
}
