package fr.raccrochage.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Owner-only data and output folders, from start-up to exit (registered in
 * {@code META-INF/spring.factories}, so it runs before any bean):
 * <ol>
 * <li>once the configuration is read, before the logging system opens its file: the log folder is
 * made 700 and the log file created 600;</li>
 * <li>before the context starts (before H2 creates {@code raccrochage.mv.db}): the data and output
 * folders are made 700, and the files already in them 600;</li>
 * <li>once started (database files created) and at exit (every file the run wrote): the same again.</li>
 * </ol>
 */
public class PrivateFoldersListener implements SmartApplicationListener, Ordered {

    /** Before Spring Boot's LoggingApplicationListener (HIGHEST_PRECEDENCE + 20), after the configuration (+ 10). */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 15;

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
                || ApplicationPreparedEvent.class.isAssignableFrom(type)
                || ApplicationStartedEvent.class.isAssignableFrom(type)
                || ContextClosedEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            try {
                logFile(prepared.getEnvironment()).ifPresent(PrivateFiles::file);
            } catch (java.io.UncheckedIOException e) {
                // An unwritable log folder: the logging system says so itself, the run goes on.
            }
        } else if (event instanceof ApplicationPreparedEvent prepared) {
            folders(prepared.getApplicationContext().getEnvironment()).forEach(PrivateFiles::tree);
        } else if (event instanceof ApplicationStartedEvent started) {
            folders(started.getApplicationContext().getEnvironment()).forEach(PrivateFiles::tree);
        } else if (event instanceof ContextClosedEvent closed && closed.getApplicationContext().getParent() == null) {
            folders(closed.getApplicationContext().getEnvironment()).forEach(PrivateFiles::tree);
        }
    }

    private static java.util.Optional<Path> logFile(Environment environment) {
        String name = environment.getProperty("logging.file.name");
        return name == null || name.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(name));
    }

    /** The folders holding personal data: data (database, inbox, archives, logs) and outputs. */
    static List<Path> folders(Environment environment) {
        Set<Path> folders = new LinkedHashSet<>();
        for (String property : List.of("raccrochage.dossier-donnees", "raccrochage.dossier-sorties", "raccrochage.nuit.arrivee",
                "raccrochage.nuit.archives")) {
            String value = environment.getProperty(property);
            if (value != null && !value.isBlank()) {
                folders.add(Path.of(value).toAbsolutePath().normalize());
            }
        }
        logFile(environment).map(p -> p.toAbsolutePath().normalize().getParent()).ifPresent(folders::add);
        // A folder inside another is walked with it.
        List<Path> roots = new ArrayList<>();
        for (Path folder : folders) {
            if (folders.stream().noneMatch(other -> !other.equals(folder) && folder.startsWith(other))) {
                roots.add(folder);
            }
        }
        return roots;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
