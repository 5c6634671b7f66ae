package fr.raccrochage.cli;

import fr.raccrochage.core.DatabaseFaults;
import fr.raccrochage.core.DatabaseUnavailableException;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The process's way in: the command line is read first, without Spring; help, version,
 * {@code aide} and usage errors are answered at once (no context, no database). Only a command
 * that does something starts Spring, lazily (a bean is made when a command needs it) and
 * without a web server unless the command is {@code portail}. The packaged launcher starts
 * Spring from the context worked out at build time (ahead-of-time processing, see
 * src/main/sh/cds-archive.sh), except for {@code portail}, whose web context is not that one.
 */
public final class CliLauncher {

    /** The one command that serves pages. */
    static final String WEB_COMMAND = "portail";

    /** Spring's switch for the ahead-of-time context that the launcher's jar carries. */
    static final String AOT_ENABLED = "spring.aot.enabled";

    private CliLauncher() {
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    public static int launch(String[] args, Class<?> application) {
        CommandLine commandLine = CommandParsing.withoutServices(args);
        ParseResult result;
        try {
            result = commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return CliRunner.handleUsage(e, args);
        }
        CommandParsing.Parsed parsed = CommandParsing.parsed(result);
        if (parsed.answeredWithoutSpring(result)) {
            return commandLine.execute(args);
        }
        CommandParsing.remember(args, parsed);
        if (WEB_COMMAND.equals(parsed.topLevelName())) {
            // The context worked out ahead of time (launcher) is the CLI's, without a web server.
            System.setProperty(AOT_ENABLED, "false");
        }
        SpringApplication spring = new SpringApplication(application);
        if (!WEB_COMMAND.equals(parsed.topLevelName())) {
            spring.setWebApplicationType(WebApplicationType.NONE);
        }
        // The portal serves requests: its beans are made at start, not on the first request.
        spring.setLazyInitialization(!WEB_COMMAND.equals(parsed.topLevelName()));
        try {
            return SpringApplication.exit(spring.run(args));
        } catch (SpringApplication.AbandonedRunException e) {
            // the build's ahead-of-time processing stops the run once the context is defined
            throw e;
        } catch (RuntimeException e) {
            // Spring has logged it in full to the log file; the operator gets one sentence.
            if (DatabaseFaults.isConnectionLoss(e)) {
                System.err.println(new DatabaseUnavailableException(e).getMessage());
                return ExitCodes.JOB_FAILED;
            }
            Optional<String> refusedUrl = DatabaseUrlRefusal.sentence(e);
            if (refusedUrl.isPresent()) {
                System.err.println(refusedUrl.get());
                return ExitCodes.USAGE;
            }
            System.err.println("Erreur interne au démarrage : " + rootMessage(e) + " (détails dans le journal).");
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
