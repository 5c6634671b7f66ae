package fr.raccrochage.cli;

import static fr.raccrochage.core.text.FrenchFormat.count;
import static fr.raccrochage.core.text.FrenchFormat.number;

import fr.raccrochage.reporting.WaveLine;
import fr.raccrochage.reporting.WaveStatusService;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "liste", mixinStandardHelpOptions = true,
        description = "Toutes les vagues, une ligne chacune : identifiant, création, enregistrements, jeunes, dossiers "
                + "(dont ouverts), période d'appel, étape. Ne modifie rien (pas de verrou).",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class WaveListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "<date>", converter = DateConverter.class,
            description = "Jour auquel juger l'étape (appels finis ou non ; défaut : aujourd'hui).")
    LocalDate day;

    private final WaveStatusService service;

    WaveListCommand(WaveStatusService service) {
        this.service = service;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<WaveLine> lines = service.list(day != null ? day : LocalDate.now());
        if (lines.isEmpty()) {
            out.printf("Aucune vague pour l'instant.%n");
        }
        for (WaveLine w : lines) {
            out.printf("%s : %s ; créée le %s ; %s, %s, %s%s%s%n", w.waveId(), w.phase().label(),
                    w.createdAt().toLocalDate().format(WaveStatusCommand.FRENCH_DATE),
                    count(w.records(), "enregistrement", "enregistrements"), count(w.youngPeople(), "jeune", "jeunes"),
                    count(w.cases(), "dossier", "dossiers"),
                    w.openCases() == 0 ? "" : " (" + number(w.openCases()) + " à appeler)",
                    w.callsFrom() == null ? "" : " ; appels du " + w.callsFrom().format(WaveStatusCommand.FRENCH_DATE)
                            + " au " + w.callsTo().format(WaveStatusCommand.FRENCH_DATE));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
