package fr.raccrochage.cli;

import fr.raccrochage.portal.AccountService;
import fr.raccrochage.portal.PortalRefusal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "desactiver", mixinStandardHelpOptions = true,
        description = "Désactive un compte du portail : ses sessions ouvertes cessent à la requête suivante.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class PortalAccountDeactivateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--courriel", required = true, paramLabel = "<adresse>", description = "Adresse du compte.")
    String email;

    private final AccountService accounts;

    PortalAccountDeactivateCommand(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Integer call() {
        try {
            var account = accounts.deactivate(email);
            spec.commandLine().getOut().printf("Compte %s désactivé.%n", account.email());
            return ExitCodes.OK;
        } catch (PortalRefusal refusal) {
            spec.commandLine().getErr().println(refusal.getMessage() + " Rien n'a été modifié.");
            return ExitCodes.INPUT_REFUSED;
        }
    }
}
