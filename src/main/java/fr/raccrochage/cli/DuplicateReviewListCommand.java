package fr.raccrochage.cli;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.core.Waves;
import fr.raccrochage.review.DuplicateReviewService;
import fr.raccrochage.review.DuplicateReviewService.ListSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "a-verifier", mixinStandardHelpOptions = true,
        description = "Écrit les paires à vérifier de la vague (doublons possibles dans la vague ou avec une vague "
                + "précédente, lignes de listes de jeunes connus à vérifier) : une ligne par paire, les deux "
                + "enregistrements côte à côte, le score et les points de chaque champ, la plus probable d'abord, "
                + "et une colonne « decision » vide à remplir (MEME ou DIFFERENT) avant « doublons decider ». "
                + "Fichier CSV « ; » UTF-8 avec BOM.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class DuplicateReviewListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WaveOption wave;

    @Option(names = "--sortie", required = true, paramLabel = "<fichier.csv>", description = "Fichier à écrire.")
    Path output;

    private final DuplicateReviewService review;
    private final Waves waves;

    DuplicateReviewListCommand(DuplicateReviewService review, Waves waves) {
        this.review = review;
        this.waves = waves;
    }

    @Override
    public Integer call() {
        ListSummary s = review.writeList(wave.existingIn(waves), output);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Vague %s : %s (%s, %s), dont %s, écrite(s) dans %s.%n", s.waveId(),
                count(s.pairs(), "paire à vérifier", "paires à vérifier"),
                count(s.recordPairs(), "doublon possible", "doublons possibles"),
                count(s.knownCaseLines(), "ligne de jeunes connus", "lignes de jeunes connus"),
                count(s.likelySame(), "probablement le même jeune", "probablement le même jeune"), s.file());
        if (s.pairs() > 0) {
            out.printf("Remplissez la colonne « decision » (MEME ou DIFFERENT, vide = plus tard), puis : "
                    + "raccrochage doublons decider %s%n", s.file());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
