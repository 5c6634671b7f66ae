package fr.raccrochage.cli;

import fr.raccrochage.rights.Actor;
import fr.raccrochage.rights.Section;
import fr.raccrochage.rights.YoungPersonFile;
import fr.raccrochage.rights.YoungPersonRights;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "fiche", mixinStandardHelpOptions = true,
        description = "Tout ce qui est conservé sur un jeune (droit d'accès) : chaque enregistrement SIEI de chaque "
                + "vague avec tous ses champs, ses lignes rejetées, les listes de jeunes connus, ses dossiers d'appel, "
                + "numéros, tentatives et résultats, exclusions, orientations, chaque envoi à un partenaire (partenaire, "
                + "date, fichier, SHA-256 du manifeste), les retours des partenaires, son opposition, les rectifications "
                + "et les actions des opérateurs. --sortie écrit la réponse à la demande d'accès : une page HTML lisible "
                + "par la personne et les mêmes données en CSV.",
        synopsisHeading = "Usage : ", parameterListHeading = "%nParamètres :%n", optionListHeading = "%nOptions :%n",
        footer = YoungPersonCommand.FOOTER)
class YoungPersonFileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<jeune>", description = YoungPersonCommand.IDENTIFIER)
    String identifier;

    @Option(names = "--sortie", paramLabel = "<fichier>",
            description = "Écrit <fichier>.html et <fichier>.csv (lisibles par leur seul propriétaire).")
    Path target;

    @Option(names = "--operateur", paramLabel = "<nom>", description = "Qui consulte, pour le journal (défaut : "
            + "l'utilisateur du système).")
    String operator;

    private final YoungPersonRights rights;

    YoungPersonFileCommand(YoungPersonRights rights) {
        this.rights = rights;
    }

    @Override
    public Integer call() {
        return YoungPersonRequest.run(spec, rights, identifier, (person, out) -> {
            List<Path> written = new ArrayList<>();
            YoungPersonFile file = rights.file(person, target, Actor.cli(operator), written);
            out.println(YoungPersonRights.describe(file.person()));
            for (Section s : file.sections()) {
                out.printf("%n== %s ==%n", s.title());
                if (s.isEmpty()) {
                    out.println("  (rien)");
                }
                for (int i = 0; i < s.rows().size(); i++) {
                    List<String> row = s.rows().get(i);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.size(); c++) {
                        if (!row.get(c).isEmpty()) {
                            cells.add(s.columns().get(c) + " : " + row.get(c));
                        }
                    }
                    out.printf("  %d. %s%n", i + 1, String.join(" ; ", cells));
                }
            }
            if (!written.isEmpty()) {
                out.printf("%nRéponse à la demande d'accès : %s (page lisible) et %s (données)%n", written.get(0),
                        written.get(1));
            }
            return ExitCodes.OK;
        });
    }
}
