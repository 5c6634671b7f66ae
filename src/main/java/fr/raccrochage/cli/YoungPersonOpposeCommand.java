package fr.raccrochage.cli;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.core.privacy.OppositionSource;
import fr.raccrochage.core.privacy.Oppositions;
import fr.raccrochage.rights.Actor;
import fr.raccrochage.rights.YoungPersonRights;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "opposer", mixinStandardHelpOptions = true,
        description = "Enregistre l'opposition d'un jeune (ou de son responsable légal) et l'applique aussitôt : "
                + "chaque dossier ouvert est clos (EXCLU, OPPOSITION), ses tentatives prévues sont retirées (et la "
                + "capacité du centre d'appels rendue), la feuille d'appels et les listes du jour à venir sont "
                + "réécrites, ses orientations non encore envoyées sont retenues ; la commande liste les partenaires "
                + "qui ont déjà reçu ses données, pour que la Région les prévienne. Il n'est plus jamais appelé ni envoyé.",
        synopsisHeading = "Usage : ", parameterListHeading = "%nParamètres :%n", optionListHeading = "%nOptions :%n",
        footer = YoungPersonCommand.FOOTER)
class YoungPersonOpposeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<jeune>", description = YoungPersonCommand.IDENTIFIER)
    String identifier;

    @Option(names = "--source", required = true, paramLabel = "<qui>",
            description = "Qui s'oppose : ${COMPLETION-CANDIDATES}.")
    OppositionSource source;

    @Option(names = "--commentaire", paramLabel = "<texte>", description = "Précision (sans donnée personnelle).")
    String comment;

    @Option(names = "--operateur", paramLabel = "<nom>", description = "Qui enregistre, pour le journal (défaut : "
            + "l'utilisateur du système).")
    String operator;

    private final YoungPersonRights rights;
    private final RunLock lock;

    YoungPersonOpposeCommand(YoungPersonRights rights, RunLock lock) {
        this.rights = rights;
        this.lock = lock;
    }

    @Override
    public Integer call() {
        return YoungPersonRequest.runLocked(spec, lock, rights, identifier, (person, out) -> {
            Oppositions.Outcome o = rights.oppose(person, source, comment, Actor.cli(operator));
            out.printf("Jeune n° %d : %s.%n", person, o.recorded() ? "opposition enregistrée"
                    : "opposition déjà enregistrée (la première est conservée), appliquée de nouveau");
            out.printf("  %s (EXCLU, OPPOSITION)%s, %s, %s.%n",
                    count(o.closedCases().size(), "dossier clos", "dossiers clos"),
                    o.closedCases().isEmpty() ? "" : " : " + String.join(", ", o.closedCases()),
                    count(o.attemptsRemoved(), "tentative prévue retirée", "tentatives prévues retirées"),
                    count(o.exportsHeld(), "orientation non envoyée retenue", "orientations non envoyées retenues"));
            if (o.partnersAlreadySent().isEmpty()) {
                out.println("  Aucun partenaire n'a reçu ses données.");
            } else {
                out.printf("  Partenaires qui ont déjà reçu ses données, à prévenir : %s%n",
                        String.join(", ", o.partnersAlreadySent()));
            }
            return ExitCodes.OK;
        });
    }
}
