package fr.raccrochage.cli;

import fr.raccrochage.identity.JdbcIdentityDao;
import fr.raccrochage.identity.KnownCaseEvaluation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** For the benchmark: how the known-case lines of a generated sample were matched. Hidden from operators. */
@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "evaluer", hidden = true, mixinStandardHelpOptions = true,
        description = "Mesure la précision et le rappel des rattachements des jeunes connus contre les fichiers de "
                + "vérité d'un échantillon généré (verite.csv, verite-connus.csv).",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class KnownCaseEvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--verite", required = true, paramLabel = "<verite.csv>", description = "Vérité des listes SIEI.")
    Path truth;

    @Option(names = "--verite-connus", required = true, paramLabel = "<verite-connus.csv>",
            description = "Vérité de la liste des jeunes connus.")
    Path knownTruth;

    private final JdbcIdentityDao identity;

    KnownCaseEvaluateCommand(JdbcIdentityDao identity) {
        this.identity = identity;
    }

    @Override
    public Integer call() {
        try {
            KnownCaseEvaluation e = KnownCaseEvaluation.of(identity, truth, knownTruth);
            spec.commandLine().getOut().printf(Locale.ROOT, "lignes=%d dans_registre=%d rattachees=%d justes=%d "
                    + "a_verifier_justes=%d precision=%.5f rappel=%.5f rappel_avec_verification=%.5f oppositions=%d "
                    + "oppositions_couvertes=%.5f%n", e.lines(), e.inRegistry(), e.linked(), e.correct(),
                    e.reviewedRight(), e.precision(), e.recall(), e.reviewRecall(), e.oppositions(),
                    e.oppositionCoverage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCodes.OK;
    }
}
