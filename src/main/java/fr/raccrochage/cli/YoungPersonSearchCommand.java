package fr.raccrochage.cli;

import fr.raccrochage.rights.Actor;
import fr.raccrochage.rights.RightsException;
import fr.raccrochage.rights.YoungPersonLine;
import fr.raccrochage.rights.YoungPersonRights;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "chercher", mixinStandardHelpOptions = true,
        description = "Retrouve un jeune par son nom (accents, fautes de frappe et nom/prénom inversés tolérés, comme "
                + "le dédoublonnage), son INE, un ID_APPEL ou un numéro de téléphone : une ligne par jeune, avec son "
                + "numéro de jeune, ses vagues et l'état de son dernier dossier.",
        synopsisHeading = "Usage : ", parameterListHeading = "%nParamètres :%n", optionListHeading = "%nOptions :%n",
        footer = YoungPersonCommand.FOOTER)
class YoungPersonSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<texte>", description = "Nom et prénom, INE, ID_APPEL ou téléphone.")
    List<String> words;

    @Option(names = "--naissance", paramLabel = "<JJ/MM/AAAA>", converter = DateConverter.class,
            description = "Seulement les jeunes nés ce jour-là.")
    LocalDate born;

    @Option(names = "--operateur", paramLabel = "<nom>", description = "Qui cherche, pour le journal (défaut : "
            + "l'utilisateur du système).")
    String operator;

    private final YoungPersonRights rights;

    YoungPersonSearchCommand(YoungPersonRights rights) {
        this.rights = rights;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String text = String.join(" ", words);
        try {
            List<YoungPersonLine> found = rights.search(text, born, Actor.cli(operator));
            if (found.isEmpty()) {
                out.printf("Aucun jeune ne correspond à « %s »%s.%n", text, born == null ? ""
                        : " né(e) le " + WavePlanCommand.FRENCH_DATE.format(born));
            }
            for (YoungPersonLine line : found) {
                out.println(YoungPersonRights.describe(line));
            }
            if (found.size() > 1) {
                out.printf("%d jeunes : « raccrochage jeune fiche <numéro de jeune> » pour l'un d'eux.%n", found.size());
            }
            out.flush();
            return ExitCodes.OK;
        } catch (RightsException e) {
            return YoungPersonCommand.refused(spec, e);
        }
    }
}
