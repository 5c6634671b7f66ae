package fr.raccrochage.cli;

import fr.raccrochage.portal.PortalLaunch;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code portail}: the partners' web portal on the same database. The process was made a web
 * application before Spring started ({@link PortalLaunch}); this command only says where it listens
 * and waits until the process is stopped.
 */
// A server running for days must never hold the run lock: its writes are single transactions.
@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "portail", mixinStandardHelpOptions = true,
        description = "Démarre le portail web des partenaires (missions locales, CIO, groupes PRIJ) et de la Région "
                + "sur la même base ; Ctrl+C ou l'arrêt du service l'arrête. « portail compte » gère les comptes.",
        synopsisHeading = "Usage : ", commandListHeading = "%nCommandes :%n", optionListHeading = "%nOptions :%n",
        footer = ExitCodes.FOOTER, subcommands = {PortalAccountCommand.class})
class PortalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "<port>", defaultValue = "" + PortalLaunch.DEFAULT_PORT,
            description = "Port HTTP d'écoute (défaut : ${DEFAULT-VALUE}) ; en production, derrière un proxy TLS.")
    int port;

    private final ApplicationContext context;

    PortalCommand(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!(context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            spec.commandLine().getErr().println("Le portail n'a pas démarré : le port « " + port
                    + " » est invalide (1 à 65535 attendu).");
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        ((ConfigurableApplicationContext) context).addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        spec.commandLine().getOut().printf("Portail des partenaires démarré : http://localhost:%d/ (Ctrl+C pour l'arrêter).%n",
                web.getWebServer().getPort());
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
