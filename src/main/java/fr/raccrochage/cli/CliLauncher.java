package fr.raccrochage.cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The process's way in: the command line is read first, without Spring; help, version,
 * {@code aide} and usage errors are answered at once (no context, no database). Only a command
 * that does something starts Spring, lazily (a bean is made when a command needs it) and
 * without a web server unless the command is {@code portail}.
 */
public final class CliLauncher {

    /** The one command that serves pages. */
    static final String WEB_COMMAND = "portail";

    private CliLauncher() {
    }

    public static int launch(String[] args, Class<?> application) {
        CommandLine commandLine = CommandParsing.withoutServices();
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
        SpringApplication spring = new SpringApplication(application);
        if (!WEB_COMMAND.equals(parsed.topLevelName())) {
            spring.setWebApplicationType(WebApplicationType.NONE);
        }
        spring.setLazyInitialization(true);
        return SpringApplication.exit(spring.run(args));
    }
}
