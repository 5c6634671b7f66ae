package fr.raccrochage.cli;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.core.privacy.OperatorJournal.Channel;
import fr.raccrochage.review.DuplicateReviewService;
import fr.raccrochage.review.DuplicateReviewService.DecisionSummary;
import fr.raccrochage.review.DuplicateReviewService.Rejected;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "decider", mixinStandardHelpOptions = true,
        description = "Applique les décisions d'un fichier écrit par « doublons a-verifier » (même modifié dans un "
                + "tableur : Windows-1252 ou UTF-8, « ; » ou « , », colonnes déplacées). MEME : les deux jeunes "
                + "n'en font plus qu'un partout (enregistrements, dossiers d'appel d'une vague ouverte fusionnés avec "
                + "les tentatives faites et le reste replanifié, numéros réunis, oppositions et exclusions reportées). "
                + "DIFFERENT : ils restent distincts pour de bon, la paire n'est plus jamais proposée ; une opposition "
                + "par précaution est levée. Vide : plus tard. Chaque décision est journalisée ; décider à nouveau "
                + "une paire annule la décision précédente.",
        synopsisHeading = "Usage : ", parameterListHeading = "%nParamètres :%n", optionListHeading = "%nOptions :%n",
        footer = ExitCodes.FOOTER)
class DuplicateDecideCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<fichier.csv>", description = "Fichier des décisions.")
    Path file;

    @Option(names = "--operateur", paramLabel = "<nom>", description = "Qui décide (défaut : l'utilisateur du système).")
    String operator = System.getProperty("user.name", "inconnu");

    private final DuplicateReviewService review;
    private final RunLock lock;

    DuplicateDecideCommand(DuplicateReviewService review, RunLock lock) {
        this.review = review;
        this.lock = lock;
    }

    @Override
    public Integer call() {
        DecisionSummary s;
        try (RunLock.Held held = lock.acquire()) {
            s = review.decide(file, operator, Channel.CLI);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s : %s, %s, %s (même décision qu'avant), %s, %s.%n", file.getFileName(),
                count(s.same(), "paire fusionnée (MEME)", "paires fusionnées (MEME)"),
                count(s.different(), "paire séparée (DIFFERENT)", "paires séparées (DIFFERENT)"),
                count(s.unchanged(), "inchangée", "inchangées"),
                count(s.pending(), "laissée à plus tard", "laissées à plus tard"),
                count(s.rejected().size(), "ligne rejetée", "lignes rejetées"));
        if (s.undone() > 0) {
            out.printf("  %s%n", count(s.undone(), "fusion annulée", "fusions annulées"));
        }
        if (s.precautionsLifted() + s.precautionsConfirmed() > 0) {
            out.printf("  Oppositions par précaution : %d levée(s), %d confirmée(s).%n", s.precautionsLifted(),
                    s.precautionsConfirmed());
        }
        s.notes().forEach(note -> out.printf("  %s%n", note));
        for (Rejected r : s.rejected()) {
            out.printf("  Ligne %d rejetée : %s.%n", r.line(), r.reason());
        }
        out.flush();
        return s.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.NEEDS_OPERATOR;
    }
}
