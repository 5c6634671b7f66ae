package fr.raccrochage.cli;

import fr.raccrochage.core.Waves;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --vague} option shared by the per-wave commands. */
class WaveOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private String waveId;

    @Option(names = "--vague", required = true, paramLabel = "<id>",
            description = "Identifiant de la vague (lettres, chiffres, « . », « _ », « - » ; ex. 2026-1).")
    void setWaveId(String value) {
        if (!value.matches("[A-Za-z0-9._-]{1,40}")) {
            throw new ParameterException(spec.commandLine(),
                    "Identifiant de vague invalide : « " + value + " » (lettres, chiffres, « . », « _ », « - », 40 au plus).");
        }
        this.waveId = value;
    }

    String waveId() {
        return waveId;
    }

    /** The wave id, after checking the wave has data: a mistyped id is a usage error, not an empty file. */
    String existingIn(Waves waves) {
        if (!waves.exists(waveId)) {
            throw new ParameterException(spec.commandLine(), "La vague « " + waveId + " » n'existe pas.");
        }
        return waveId;
    }
}
