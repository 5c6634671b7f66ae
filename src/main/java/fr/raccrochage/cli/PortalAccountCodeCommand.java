package fr.raccrochage.cli;

import fr.raccrochage.portal.AccountService;
import fr.raccrochage.portal.PortalRefusal;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Donne un nouveau code d'activation à un compte (code expiré, mot de passe oublié, téléphone perdu) : "
                + "son mot de passe et sa double authentification sont effacés jusqu'à la nouvelle activation.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class PortalAccountCodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--courriel", required = true, paramLabel = "<adresse>", description = "Adresse du compte.")
    String email;

    private final AccountService accounts;

    PortalAccountCodeCommand(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Integer call() {
        try {
            PortalAccountCreateCommand.print(spec.commandLine().getOut(),
                    accounts.newActivationCode(email, LocalDateTime.now()), "réinitialisé");
            return ExitCodes.OK;
        } catch (PortalRefusal refusal) {
            spec.commandLine().getErr().println(refusal.getMessage() + " Rien n'a été modifié.");
            return ExitCodes.INPUT_REFUSED;
        }
    }
}
