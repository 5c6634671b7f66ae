package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import fr.raccrochage.core.Waves;
import fr.raccrochage.identity.DuplicateExtract;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "extraire", mixinStandardHelpOptions = true,
        description = "Écrit, pour chaque enregistrement SIEI de la vague, le jeune auquel il est rattaché et "
                + "pourquoi : ligne;fichier;personne_id;decision;score;motif, séparateur « ; », UTF-8 avec BOM.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class DuplicateExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WaveOption wave;

    @Option(names = "--sortie", required = true, paramLabel = "<fichier.csv>", description = "Fichier CSV à écrire.")
    Path output;

    private final DuplicateExtract extract;
    private final Waves waves;

    DuplicateExtractCommand(DuplicateExtract extract, Waves waves) {
        this.extract = extract;
        this.waves = waves;
    }

    @Override
    public Integer call() {
        DuplicateExtract.Written written = extract.writeCounted(wave.existingIn(waves), output);
        // records and pairs named apart: a pair of two new young people flags two lines
        spec.commandLine().getOut().printf("Vague %s : %s écrits dans %s, dont %s (%s, voir doublons a-verifier)%n",
                wave.waveId(), FrenchFormat.count(written.rows(), "rattachement", "rattachements"), output,
                FrenchFormat.count(written.flagged(), "ligne DOUBLON_POSSIBLE", "lignes DOUBLON_POSSIBLE"),
                FrenchFormat.count(written.pendingPairs(), "paire de doublons possibles à vérifier",
                        "paires de doublons possibles à vérifier"));
        return ExitCodes.OK;
    }
}
