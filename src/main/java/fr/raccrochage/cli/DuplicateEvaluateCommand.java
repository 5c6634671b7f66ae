package fr.raccrochage.cli;

import fr.raccrochage.identity.DuplicateExtract;
import fr.raccrochage.identity.PairwiseEvaluation;
import fr.raccrochage.review.DuplicateReviewService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** For the benchmark: the engine's pairwise figures on a generated sample. Hidden from operators. */
@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "evaluer", hidden = true, mixinStandardHelpOptions = true,
        description = "Mesure précision, rappel et F1 par paires des rattachements de la vague contre le fichier "
                + "de vérité d'un échantillon généré (verite.csv).",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class DuplicateEvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WaveOption wave;

    @Option(names = "--verite", required = true, paramLabel = "<verite.csv>", description = "Fichier de vérité.")
    Path truth;

    private final DuplicateExtract extract;
    private final DuplicateReviewService review;

    DuplicateEvaluateCommand(DuplicateExtract extract, DuplicateReviewService review) {
        this.extract = extract;
        this.review = review;
    }

    @Override
    public Integer call() {
        try {
            Path links = Files.createTempFile("doublons", ".csv");
            try {
                extract.write(wave.waveId(), links);
                PairwiseEvaluation e = PairwiseEvaluation.of(truth, links);
                spec.commandLine().getOut().printf(Locale.ROOT,
                        "enregistrements=%d paires_vraies=%d paires_predites=%d paires_justes=%d "
                                + "precision=%.5f rappel=%.5f f1=%.5f%n", e.records(), e.truePairs(),
                        e.predictedPairs(), e.correctPairs(), e.precision(), e.recall(), e.f1());
                Path list = Files.createTempFile("a-verifier", ".csv");
                try {
                    review.writeList(wave.waveId(), list);
                    PairwiseEvaluation.ReviewFigures r = PairwiseEvaluation.review(truth, list);
                    spec.commandLine().getOut().printf(Locale.ROOT,
                            "revue: paires=%d enregistrements=%d part_enregistrements=%.4f suggestion_juste=%.4f "
                                    + "meme_personne_premiere_moitie=%.4f%n", r.pairs(), r.records(),
                            e.records() == 0 ? 0 : (double) r.records() / e.records(),
                            r.pairs() == 0 ? 1 : (double) r.suggestionRight() / r.pairs(),
                            r.firstHalf() == 0 ? 0 : (double) r.firstHalfSame() / r.firstHalf());
                } finally {
                    Files.deleteIfExists(list);
                }
            } finally {
                Files.deleteIfExists(links);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }
}
