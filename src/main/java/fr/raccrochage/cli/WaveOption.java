package fr.raccrochage.cli;

import fr.raccrochage.core.WaveId;
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
            description = "Identifiant de la vague (lettres et chiffres, groupes séparés par un seul « - » ; ex. 2026-1).")
    void setWaveId(String value) {
        this.waveId = parse(spec, value).value();
    }

    /** The id by the one rule of {@link WaveId}; a usage error (code 2) otherwise. */
    static WaveId parse(CommandSpec spec, String value) {
        try {
            return WaveId.of(value);
        } catch (WaveId.InvalidWaveIdException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
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
