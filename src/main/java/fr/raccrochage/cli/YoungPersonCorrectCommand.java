package fr.raccrochage.cli;

import fr.raccrochage.calls.CallNumber;
import fr.raccrochage.core.RunLock;
import fr.raccrochage.rights.Actor;
import fr.raccrochage.rights.YoungPersonRights;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "corriger", mixinStandardHelpOptions = true,
        description = "Corrige les données d'un jeune (droit de rectification). Un numéro ajouté va sur chacun de ses "
                + "dossiers ; un numéro retiré en disparaît, de ses enregistrements aussi, et n'est plus jamais imprimé "
                + "pour lui (même si une liste suivante le ramène) ; une adresse corrigée remplace l'ancienne. Le "
                + "dossier ouvert est re-planifié aussitôt, la feuille d'appels et les listes du jour à venir sont "
                + "réécrites, le prochain export porte la correction. Tout est vérifié avant d'écrire quoi que ce soit.",
        synopsisHeading = "Usage : ", parameterListHeading = "%nParamètres :%n", optionListHeading = "%nOptions :%n",
        footer = YoungPersonCommand.FOOTER)
class YoungPersonCorrectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<jeune>", description = YoungPersonCommand.IDENTIFIER)
    String identifier;

    @Option(names = "--ajouter-telephone", paramLabel = "<numéro>", description = "Numéro à ajouter (répétable).")
    List<String> add = List.of();

    @Option(names = "--titulaire", paramLabel = "<qui>", defaultValue = "JEUNE",
            description = "À qui est le numéro ajouté : ${COMPLETION-CANDIDATES} (défaut : ${DEFAULT-VALUE}).")
    CallNumber.Owner owner;

    @Option(names = "--retirer-telephone", paramLabel = "<numéro>", description = "Numéro à retirer (répétable).")
    List<String> remove = List.of();

    @Option(names = "--adresse", paramLabel = "<adresse>", description = "Nouvelle adresse (avec --code-postal et --commune).")
    String address;

    @Option(names = "--code-postal", paramLabel = "<code>", description = "Code postal de la nouvelle adresse.")
    String postalCode;

    @Option(names = "--commune", paramLabel = "<nom>", description = "Commune de la nouvelle adresse.")
    String commune;

    @Option(names = "--operateur", paramLabel = "<nom>", description = "Qui corrige, pour le journal (défaut : "
            + "l'utilisateur du système).")
    String operator;

    private final YoungPersonRights rights;
    private final RunLock lock;

    YoungPersonCorrectCommand(YoungPersonRights rights, RunLock lock) {
        this.rights = rights;
        this.lock = lock;
    }

    @Override
    public Integer call() {
        return YoungPersonRequest.runLocked(spec, lock, rights, identifier, (person, out) -> {
            YoungPersonRights.Corrected c = rights.correct(person, new YoungPersonRights.Correction(add, owner, remove,
                    address, postalCode, commune), Actor.cli(operator));
            out.printf("Jeune n° %d : données corrigées.%n", person);
            c.added().forEach(n -> out.printf("  Numéro ajouté : %s%n", n));
            c.removed().forEach(n -> out.printf("  Numéro retiré : %s (ne sera plus imprimé pour ce jeune)%n", n));
            if (c.commune() != null) {
                out.printf("  Adresse corrigée, commune de résidence : %s%n", c.commune());
            }
            out.println(c.wavesReplanned().isEmpty() ? "  Aucun dossier ouvert : le prochain export portera la correction."
                    : "  Dossier ouvert re-planifié, feuille d'appels et listes du jour à venir réécrites : vague(s) "
                            + String.join(", ", c.wavesReplanned()) + ".");
            return ExitCodes.OK;
        });
    }
}
