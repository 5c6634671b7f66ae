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

    Cli(Path home) {
        this.home = home;
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
                    new MapPropertySource("cli-test", Map.of(
                            "raccrochage.dossier-donnees", data().toString(),
                            "raccrochage.dossier-sorties", outputs().toString(),
                            "spring.datasource.url", TestDatabase.h2Url(data())))));
            ConfigurableApplicationContext context = application.run(args);
            int exitCode = SpringApplication.exit(context);
            return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
