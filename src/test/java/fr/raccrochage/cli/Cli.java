package fr.raccrochage.cli;

import fr.raccrochage.RaccrochageApplication;
import fr.raccrochage.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Runs the real CLI in-process, as the jar does, on its own data folder; captures what it prints. */
final class Cli {

    record Result(int exitCode, String out, String err) {
    }

    private final Path home;
    private final Map<String, Object> settings;

    Cli(Path home) {
        this(home, Map.of());
    }

    /** With extra settings, as the environment would give them (e.g. raccrochage.base.cle). */
    Cli(Path home, Map<String, String> extra) {
        this.home = home;
        this.settings = new java.util.HashMap<>(extra);
        settings.put("raccrochage.dossier-donnees", data().toString());
        settings.put("raccrochage.dossier-sorties", outputs().toString());
        settings.put("spring.datasource.url", TestDatabase.h2Url(data()));
    }

    Path data() {
        return home.resolve("donnees");
    }

    Path outputs() {
        return home.resolve("sorties");
    }

    synchronized Result run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            SpringApplication application = new SpringApplication(RaccrochageApplication.class);
            application.addInitializers(context -> context.getEnvironment().getPropertySources().addFirst(
                    new MapPropertySource("cli-test", settings)));
            ConfigurableApplicationContext context = application.run(args);
            int exitCode = SpringApplication.exit(context);
            return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
