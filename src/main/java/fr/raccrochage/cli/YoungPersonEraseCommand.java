package fr.raccrochage.cli;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.rights.Actor;
import fr.raccrochage.rights.YoungPersonRights;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "effacer", mixinStandardHelpOptions = true,
        description = "Efface les données personnelles d'un jeune à sa demande (droit à l'effacement) : de toutes les "
                + "tables (comme la purge : restent les chiffres, dossiers et issues, orientations, retours, commune, "
                + "année de naissance) et des fichiers encore présents (feuilles d'appels, listes du jour, exports, "
                + "rejets, archives des listes reçues). Reste une empreinte à clé (HMAC) de son INE et de ses noms et "
                + "date de naissance : une liste suivante qui le ramène le fait reconnaître, et il n'est jamais appelé. "
                + "Refusé tant qu'un dossier d'appel est ouvert (enregistrer d'abord l'opposition).",
        synopsisHeading = "Usage : ", parameterListHeading = "%nParamètres :%n", optionListHeading = "%nOptions :%n",
        footer = YoungPersonCommand.FOOTER)
class YoungPersonEraseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<jeune>", description = YoungPersonCommand.IDENTIFIER)
    String identifier;

    @Option(names = "--motif", required = true, paramLabel = "<texte>",
            description = "Le fondement de la demande (ex. « demande du jeune reçue le 02/12/2026 »).")
    String ground;

    @Option(names = "--operateur", paramLabel = "<nom>", description = "Qui efface, pour le journal (défaut : "
            + "l'utilisateur du système).")
    String operator;

    private final YoungPersonRights rights;
    private final RunLock lock;

    YoungPersonEraseCommand(YoungPersonRights rights, RunLock lock) {
        this.rights = rights;
        this.lock = lock;
    }

    @Override
    public Integer call() {
        return YoungPersonRequest.runLocked(spec, lock, rights, identifier, (person, out) -> {
            YoungPersonRights.Erased e = rights.erase(person, ground, Actor.cli(operator));
            out.printf("Jeune n° %d : données personnelles effacées (%s, %s).%n", person,
                    count(e.rowsErased(), "ligne de la base", "lignes de la base"),
                    count(e.rejectsErased(), "ligne rejetée", "lignes rejetées"));
            out.printf("  Fichiers : %s retirées de %s.%n", count(e.linesRemoved(), "ligne", "lignes"),
                    count(e.filesRewritten().size(), "fichier", "fichiers"));
            e.filesRewritten().forEach(f -> out.printf("    %s%n", f));
            if (!e.filesNotScrubbed().isEmpty()) {
                out.println("  À vérifier à la main (format non modifiable ligne à ligne) :");
                e.filesNotScrubbed().forEach(f -> out.printf("    %s%n", f));
            }
            out.printf("  %s : une liste suivante qui le ramène le fera reconnaître, sans l'appeler.%n",
                    count(e.fingerprints(), "empreinte à clé conservée", "empreintes à clé conservées"));
            if (!e.partnersSent().isEmpty()) {
                out.printf("  Partenaires qui ont reçu ses données, à prévenir : %s%n", String.join(", ", e.partnersSent()));
            }
            return ExitCodes.OK;
        });
    }
}
