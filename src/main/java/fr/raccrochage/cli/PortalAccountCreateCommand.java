package fr.raccrochage.cli;

import fr.raccrochage.portal.AccountService;
import fr.raccrochage.portal.AccountService.Activation;
import fr.raccrochage.portal.PortalRefusal;
import fr.raccrochage.portal.Role;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "creer", mixinStandardHelpOptions = true,
        description = "Crée un compte du portail et affiche son code d'activation (une seule fois, valable 72 heures) : "
                + "à remettre à son titulaire par un autre canal que son adresse électronique.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class PortalAccountCreateCommand implements Callable<Integer> {

    static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    @Spec
    CommandSpec spec;

    @Option(names = "--courriel", required = true, paramLabel = "<adresse>", description = "Adresse électronique du titulaire.")
    String email;

    @Option(names = "--partenaire", paramLabel = "<id>", description = "Partenaire de l'annuaire (compte PARTENAIRE).")
    String partner;

    @Option(names = "--role", paramLabel = "<rôle>", defaultValue = "PARTENAIRE",
            description = "PARTENAIRE (défaut), REGION (lecture seule, tous les partenaires) ou ADMIN.")
    String role;

    private final AccountService accounts;

    PortalAccountCreateCommand(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Integer call() {
        Role parsed = Role.parse(role).orElse(null);
        if (parsed == null) {
            spec.commandLine().getErr().println("Rôle « " + role + " » inconnu (PARTENAIRE, REGION ou ADMIN attendu).");
            return ExitCodes.USAGE;
        }
        try {
            print(spec.commandLine().getOut(), accounts.create(parsed, partner, email, LocalDateTime.now()), "créé");
            return ExitCodes.OK;
        } catch (PortalRefusal refusal) {
            spec.commandLine().getErr().println(refusal.getMessage() + " Rien n'a été enregistré.");
            return ExitCodes.INPUT_REFUSED;
        }
    }

    static void print(PrintWriter out, Activation activation, String what) {
        var a = activation.account();
        out.printf("Compte %s %s : %s%s.%n", a.role(), what, a.email(), a.partnerId() == null ? "" : " (" + a.partnerId() + ")");
        out.printf("Code d'activation : %s (valable jusqu'au %s, une seule fois).%n", activation.code(),
                activation.expires().format(FRENCH_TIME));
        out.println("Première connexion : page « Activer mon compte » du portail (mot de passe, puis application "
                + "d'authentification).");
        out.flush();
    }
}
