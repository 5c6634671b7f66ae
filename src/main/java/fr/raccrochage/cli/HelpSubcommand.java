package fr.raccrochage.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** picocli's own help command speaks English only; this one prints any (sub)command's help in French. */
@Command(name = "aide", aliases = "help", helpCommand = true, synopsisHeading = "Usage : ",
        parameterListHeading = "%nParamètres :%n",
        description = "Affiche l'aide de la commande indiquée (ex. : raccrochage aide siei importer).")
class HelpSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "<commande>", description = "Commande, puis sous-commande, dont afficher l'aide.")
    List<String> names = new ArrayList<>();

    @Override
    public void run() {
        CommandLine target = spec.parent().commandLine();
        for (String name : names) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                throw new ParameterException(spec.commandLine(), "Commande inconnue : " + name);
            }
            target = sub;
        }
        target.usage(spec.commandLine().getOut());
    }
}
