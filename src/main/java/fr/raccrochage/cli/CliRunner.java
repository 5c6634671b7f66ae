package fr.raccrochage.cli;

import fr.raccrochage.core.DatabaseFaults;
import fr.raccrochage.core.DatabaseUnavailableException;
import fr.raccrochage.core.JobFailedException;
import fr.raccrochage.core.RunLock;
import fr.raccrochage.core.inbound.FileRefusedException;
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
 * A command that writes ({@link DatabaseAccess}) runs under the run lock, taken before the
 * command and its services are created, so a second writer stops with exit 5 and one French
 * sentence before it touches the database.
 */
@Component
@ConditionalOnProperty(name = "raccrochage.cli.actif", havingValue = "true", matchIfMissing = true)
class CliRunner implements CommandLineRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(CliRunner.class);

    private final ApplicationContext context;
    private final RunLock lock;
    private int exitCode;

    CliRunner(ApplicationContext context, RunLock lock) {
        this.context = context;
        this.lock = lock;
    }

    @Override
    public void run(String... args) {
        try {
            runCommand(args);
        } catch (RuntimeException e) {
            // the command's services could not be made: the database is not there, most often
            if (!DatabaseFaults.isConnectionLoss(e)) {
                throw e;
            }
            log.error("Base de données injoignable", e);
            System.err.println(new DatabaseUnavailableException(e).getMessage());
            exitCode = ExitCodes.JOB_FAILED;
        }
    }

    private void runCommand(String... args) {
        CommandParsing.Parsed target = CommandParsing.target(args);
        if (target == null || target.access() != DatabaseAccess.Mode.WRITES) {
            exitCode = CommandTree.forArgs(args, factoryFor(target)).execute(args);
            return;
        }
        PrintWriter err = new PrintWriter(System.err, true);
        try (RunLock.Held held = lock.acquire()) {
            exitCode = CommandTree.forArgs(args, factoryFor(target)).execute(args);
        } catch (RunLock.HeldElsewhereException e) {
            err.println(e.getMessage());
            exitCode = ExitCodes.LOCKED;
        } catch (JobFailedException e) {
            log.error("Verrou d'exécution impossible à prendre", e);
            err.println(e.getMessage());
            exitCode = ExitCodes.JOB_FAILED;
        }
    }

    /**
     * Spring makes the command that runs, with its services; every other command of the tree
     * (picocli builds a whole group to read the line) stays without services, so a command pays
     * only for the beans it uses.
     */
    private IFactory factoryFor(CommandParsing.Parsed target) {
        IFactory withoutServices = CommandParsing.withoutServicesFactory();
        Class<?> running = target == null ? null : target.commandClass();
        return new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type != running) {
                    return withoutServices.create(type);
                }
                try {
                    return context.getAutowireCapableBeanFactory().createBean(type);
                } catch (Exception springFailed) {
                    try {
                        return CommandLine.defaultFactory().create(type);
                    } catch (Exception noFallback) {
                        // Spring's failure says why (a database out of reach, a bad setting): it is
                        // the one the operator must see, not picocli's "no constructor".
                        springFailed.addSuppressed(noFallback);
                        throw springFailed;
                    }
                }
            }
        };
    }

    static int handle(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof FileRefusedException) {
            err.println(e.getMessage() + " Rien n'a été enregistré.");
            return ExitCodes.INPUT_REFUSED;
        }
        if (e instanceof RunLock.HeldElsewhereException) {
            err.println(e.getMessage());
            return ExitCodes.LOCKED;
        }
        if (!(e instanceof JobFailedException) && DatabaseFaults.isConnectionLoss(e)) {
            log.error("Base de données perdue", e);
            err.println(new DatabaseUnavailableException(e).getMessage());
            return ExitCodes.JOB_FAILED;
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

    /** A usage error found while the launcher reads the line, before Spring: French, exit 2. */
    static int handleUsage(CommandLine.ParameterException e, String[] args) {
        UsageMessages.report(e, e.getCommandLine().getErr());
        return ExitCodes.USAGE;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
