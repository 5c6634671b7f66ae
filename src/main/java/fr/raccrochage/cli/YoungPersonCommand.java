package fr.raccrochage.cli;

import fr.raccrochage.rights.RightsException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "jeune", mixinStandardHelpOptions = true,
        description = {"Un jeune à toutes les étapes : recherche, fiche, opposition, rectification, effacement.",
            "Le retrouver, voir tout ce qui est conservé sur lui (droit d'accès), enregistrer son opposition, corriger "
                + "ses données (rectification), les effacer. Chaque commande est journalisée (qui, quand, quoi, sur "
                + "qui, pour quel motif) ; le journal est gardé 12 mois."},
        synopsisHeading = "Usage : ", commandListHeading = "%nCommandes :%n", footer = YoungPersonCommand.FOOTER,
        subcommands = {YoungPersonSearchCommand.class, YoungPersonFileCommand.class, YoungPersonOpposeCommand.class,
            YoungPersonCorrectCommand.class, YoungPersonEraseCommand.class})
class YoungPersonCommand {

    static final String FOOTER = """

            Codes de sortie :
              0  succès
              1  erreur interne (voir le journal)
              2  commande ou option incorrecte, jeune inconnu, ou plusieurs jeunes désignés
              3  demande refusée, rien n'a été enregistré (dossier d'appel ouvert,
                 données déjà effacées, valeur invalide)
              5  une autre exécution est en cours sur ces données""";

    static final String IDENTIFIER = "ID_APPEL (V2026-1-000123), numéro de jeune (celui que donne « jeune chercher »), "
            + "INE, téléphone ou nom.";

    private YoungPersonCommand() {
    }

    /** The French sentence and the documented exit code of a request that cannot be carried out. */
    static int refused(CommandSpec spec, RightsException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(e.getMessage());
        err.flush();
        return e.kind() == RightsException.Kind.REFUSE ? ExitCodes.INPUT_REFUSED : ExitCodes.USAGE;
    }
}
