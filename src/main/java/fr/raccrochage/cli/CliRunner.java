package fr.raccrochage.cli;

import fr.raccrochage.core.JobFailedException;
import fr.raccrochage.core.RunLock;
import fr.raccrochage.ingestion.FileRefusedException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParseResult;

/**
 * Bridges Spring Boot and picocli: commands are created by Spring (so they get services
 * injected), run once with the process arguments, and their result becomes the exit code.
 */
@Component
@ConditionalOnProperty(name = "raccrochage.cli.actif", havingValue = "true", matchIfMissing = true)
class CliRunner implements CommandLineRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(CliRunner.class);

    private final IFactory factory;
    private int exitCode;

    CliRunner(ApplicationContext context) {
        this.factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    return context.getAutowireCapableBeanFactory().createBean(type);
                } catch (Exception e) {
                    return CommandLine.defaultFactory().create(type);
                }
            }
        };
    }

    @Override
    public void run(String... args) {
        exitCode = commandLine(factory).execute(args);
    }

    static CommandLine commandLine(IFactory factory) {
        CommandLine commandLine = new CommandLine(RaccrochageCommand.class, factory);
        commandLine.setOut(new PrintWriter(System.out, true));
        commandLine.setErr(new PrintWriter(System.err, true));
        commandLine.setExecutionExceptionHandler(CliRunner::handle);
        return UsageMessages.install(commandLine);
    }

    private static int handle(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof FileRefusedException) {
            err.println(e.getMessage() + " Rien n'a été enregistré.");
            return ExitCodes.INPUT_REFUSED;
        }
        if (e instanceof RunLock.HeldElsewhereException) {
            err.println(e.getMessage());
            return ExitCodes.LOCKED;
        }
        if (e instanceof JobFailedException) {
            log.error("Traitement en échec", e);
            err.println(e.getMessage());
            return ExitCodes.JOB_FAILED;
        }
        log.error("Erreur interne", e);
        err.println("Erreur interne : " + e + " (détails dans le journal).");
        return ExitCodes.INTERNAL_ERROR;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
