package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import fr.raccrochage.core.Waves;
import fr.raccrochage.sample.FeedbackSampleGenerator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "exemple", mixinStandardHelpOptions = true,
        description = "Génère un fichier de retours synthétiques pour les jeunes envoyés dans la vague (taux du bilan "
                + "public : 41 %% contactés, dont 59 %% accompagnés et 37 %% en sortie positive), pour essayer retours "
                + "importer. Même graine, même fichier.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class FeedbackSampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WaveOption wave;

    @Option(names = "--graine", paramLabel = "<n>", description = "Graine du tirage (défaut : ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--sortie", required = true, paramLabel = "<fichier.csv>", description = "Fichier CSV à écrire.")
    Path output;

    private final FeedbackSampleGenerator generator;
    private final Waves waves;

    FeedbackSampleCommand(FeedbackSampleGenerator generator, Waves waves) {
        this.generator = generator;
        this.waves = waves;
    }

    @Override
    public Integer call() {
        int lines = generator.write(wave.existingIn(waves), seed, LocalDate.now(), output);
        spec.commandLine().getOut().printf("%s écrites dans %s%n",
                FrenchFormat.count(lines, "ligne de retour", "lignes de retour"), output);
        return ExitCodes.OK;
    }
}
