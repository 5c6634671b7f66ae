package fr.raccrochage.cli;

import fr.raccrochage.portal.Account;
import fr.raccrochage.portal.AccountService;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "lister", mixinStandardHelpOptions = true, description = "Liste les comptes du portail et leur état.",
        synopsisHeading = "Usage : ", footer = ExitCodes.FOOTER)
class PortalAccountListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final AccountService accounts;

    PortalAccountListCommand(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Account> all = accounts.all();
        if (all.isEmpty()) {
            out.println("Aucun compte du portail.");
        }
        LocalDateTime now = LocalDateTime.now();
        for (Account a : all) {
            out.printf("%-40s %-10s %-16s %s%n", a.email(), a.role(), a.partnerId() == null ? "-" : a.partnerId(), state(a, now));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String state(Account a, LocalDateTime now) {
        if (!a.active()) {
            return "désactivé";
        }
        if (!a.activated()) {
            return a.activationExpires() != null && !now.isBefore(a.activationExpires())
                    ? "code d'activation expiré" : "en attente d'activation";
        }
        if (a.lockedUntil() != null && now.isBefore(a.lockedUntil())) {
            return "verrouillé jusqu'au " + a.lockedUntil().format(PortalAccountCreateCommand.FRENCH_TIME);
        }
        return "actif" + (a.lastLogin() == null ? "" : ", dernière connexion le "
                + a.lastLogin().format(PortalAccountCreateCommand.FRENCH_TIME));
    }
}
