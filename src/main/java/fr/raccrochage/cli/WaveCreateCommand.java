package fr.raccrochage.cli;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.core.WaveId;
import fr.raccrochage.core.Waves;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "creer", mixinStandardHelpOptions = true,
        description = "Déclare une vague avant que ses fichiers n'arrivent par les dossiers de la nuit : un fichier "
                + "déposé dans arrivee/<type>/<vague>/ n'est pris que si la vague existe (sinon il est refusé, pour "
                + "qu'une faute de frappe dans un nom de dossier ne crée pas une vague jamais appelée). "
                + "« siei importer --vague <id> » crée aussi la vague qu'il nomme. Relancer ne change rien.",
        synopsisHeading = "Usage : ", parameterListHeading = "%nParamètres :%n", optionListHeading = "%nOptions :%n",
        footer = ExitCodes.FOOTER)
class WaveCreateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<id>", description = "Identifiant de la vague (lettres et chiffres, groupes "
            + "séparés par un seul « - », 40 caractères au plus ; ex. 2026-1).")
    String id;

    private final Waves waves;
    private final RunLock lock;

    WaveCreateCommand(Waves waves, RunLock lock) {
        this.waves = waves;
        this.lock = lock;
    }

    @Override
    public Integer call() {
        WaveId waveId = WaveOption.parse(spec, id);
        try (RunLock.Held held = lock.acquire()) {
            boolean created = waves.create(waveId);
            spec.commandLine().getOut().printf(created ? "Vague %s créée : ses fichiers peuvent être déposés dans les "
                    + "dossiers d'arrivée (arrivee/siei/%1$s/, arrivee/resultats-appels/%1$s/).%n"
                    : "La vague %s existe déjà : rien n'a été changé.%n", waveId);
        }
        return ExitCodes.OK;
    }
}
