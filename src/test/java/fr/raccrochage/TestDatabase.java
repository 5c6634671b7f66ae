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

    public static void registerH2(DynamicPropertyRegistry registry, Path home) {
        registry.add("spring.datasource.url", () -> h2Url(home.resolve("donnees")));
    }

    /** The embedded default's URL (settings as in application.properties) for a data folder. */
    public static String h2Url(Path dataFolder) {
        return "jdbc:h2:file:" + dataFolder.resolve("raccrochage").toAbsolutePath() + ";CACHE_SIZE=32768;WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }
}
