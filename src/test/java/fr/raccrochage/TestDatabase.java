package fr.raccrochage;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test context at its own embedded database and output folder. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry, Path home) {
        registerFolders(registry, home);
        registerH2(registry, home);
    }

    public static void registerFolders(DynamicPropertyRegistry registry, Path home) {
        registry.add("raccrochage.dossier-donnees", () -> home.resolve("donnees").toString());
        registry.add("raccrochage.dossier-sorties", () -> home.resolve("sorties").toString());
    }

    /**
     * A test context's own database, without H2's mixed mode: no other process joins it, and the
     * mixed mode's lock-file watchdog would re-create its file after JUnit removed the folder.
     */
    public static void registerH2(DynamicPropertyRegistry registry, Path home) {
        registry.add("spring.datasource.url", () -> h2Url(home.resolve("donnees")).replace(";AUTO_SERVER=TRUE", ""));
    }

    /**
     * The embedded default's URL (settings as in application.properties, mixed mode included) for a
     * data folder that several processes open.
     */
    public static String h2Url(Path dataFolder) {
        return "jdbc:h2:file:" + dataFolder.resolve("raccrochage").toAbsolutePath() + ";CACHE_SIZE=32768;WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }
}
