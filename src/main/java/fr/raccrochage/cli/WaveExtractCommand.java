package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import fr.raccrochage.core.Waves;
import fr.raccrochage.ingestion.WaveExtract;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "extraire", mixinStandardHelpOptions = true,
        description = "Écrit ce qui a été enregistré pour la vague : une ligne par enregistrement SIEI (accepté ou "
                + "rejeté), séparateur « ; », UTF-8 avec BOM, avec téléphones normalisés, commune de résidence "
                + "retenue et drapeaux.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class WaveExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WaveOption wave;

    @Option(names = "--sortie", required = true, paramLabel = "<fichier.csv>", description = "Fichier CSV à écrire.")
    Path output;

    private final WaveExtract extract;
    private final Waves waves;

    WaveExtractCommand(WaveExtract extract, Waves waves) {
        this.extract = extract;
        this.waves = waves;
    }

    @Override
    public Integer call() {
        int rows = extract.write(wave.existingIn(waves), output);
        spec.commandLine().getOut().printf("Vague %s : %s enregistrements écrits dans %s%n", wave.waveId(),
                FrenchFormat.number(rows), output);
        return ExitCodes.OK;
    }
}
