package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import static fr.raccrochage.core.text.FrenchFormat.count;
import static fr.raccrochage.core.text.FrenchFormat.duration;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.core.Waves;
import fr.raccrochage.identity.IdentityService.IdentitySummary;
import fr.raccrochage.identity.IdentityService;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "resoudre", mixinStandardHelpOptions = true,
        description = "Rattache chaque enregistrement SIEI de la vague à un jeune : un jeune déjà connu (de cette "
                + "vague ou d'une précédente) quand l'INE ou le score de concordance le désigne, un nouveau sinon. "
                + "Les doublons possibles sont listés pour vérification, jamais fusionnés. Relancer n'ajoute rien.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class DuplicateResolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WaveOption wave;

    private final IdentityService identity;
    private final RunLock lock;
    private final Waves waves;

    DuplicateResolveCommand(IdentityService identity, RunLock lock, Waves waves) {
        this.identity = identity;
        this.lock = lock;
        this.waves = waves;
    }

    @Override
    public Integer call() {
        String waveId = wave.existingIn(waves);
        try (RunLock.Held held = lock.acquire()) {
            print(spec.commandLine().getOut(), waveId, identity.resolve(waveId));
        }
        return ExitCodes.OK;
    }

    /** Pairs and records named apart: "3 paires de doublons possibles à vérifier (5 lignes DOUBLON_POSSIBLE)". */
    static String possible(IdentitySummary s) {
        return count(s.possibleDuplicates(), "paire de doublons possibles à vérifier",
                "paires de doublons possibles à vérifier") + " (" + count(s.flaggedRecords(), "ligne DOUBLON_POSSIBLE",
                "lignes DOUBLON_POSSIBLE") + " dans doublons extraire)";
    }

    static void print(PrintWriter out, String waveId, IdentitySummary s) {
        if (s.linkedNow() == 0) {
            out.printf("Vague %s : les %s étaient déjà rattachés, rien n'a été ajouté.%n", waveId,
                    count(s.records(), "enregistrement", "enregistrements"));
            out.flush();
            return;
        }
        out.printf("Vague %s : %s sur %s, %s, %s, %s, en %s.%n", waveId,
                count(s.linkedNow(), "enregistrement rattaché", "enregistrements rattachés"), FrenchFormat.number(s.records()),
                count(s.personsCreated(), "jeune nouveau", "jeunes nouveaux"),
                count(s.linkedToEarlierPersons(), "rattaché à un jeune d'une vague précédente",
                        "rattachés à un jeune d'une vague précédente"),
                possible(s), duration(s.duration()));
        out.flush();
    }
}
