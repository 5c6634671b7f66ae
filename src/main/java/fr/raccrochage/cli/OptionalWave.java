package fr.raccrochage.cli;

import fr.raccrochage.core.Waves;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** An optional {@code --vague}: one wave, or every wave when absent. */
class OptionalWave {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private String waveId;

    @Option(names = "--vague", paramLabel = "<id>", description = "Seulement cette vague (défaut : toutes les vagues).")
    void setWaveId(String value) {
        this.waveId = WaveOption.parse(spec, value).value();
    }

    /** The wave id (checked to exist), or null for every wave. */
    String existingIn(Waves waves) {
        if (waveId != null && !waves.exists(waveId)) {
            throw new ParameterException(spec.commandLine(), "La vague « " + waveId + " » n'existe pas.");
        }
        return waveId;
    }
}
