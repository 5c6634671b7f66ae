package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import fr.raccrochage.calls.CallSheets;
import fr.raccrochage.core.Waves;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "du-jour", mixinStandardHelpOptions = true,
        description = "Écrit la liste des tentatives prévues ce jour-là, telles que re-planifiées après le dernier "
                + "import de résultats : un fichier par vague (appels-du-jour-<date>.csv), trié par heure.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class CallsDueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--date", required = true, paramLabel = "<date>", converter = DateConverter.class,
            description = "Jour d'appels (AAAA-MM-JJ ou JJ/MM/AAAA).")
    LocalDate day;

    @Option(names = "--vague", paramLabel = "<id>", description = "Seulement cette vague (défaut : toutes).")
    String waveId;

    private final CallSheets sheets;
    private final Waves waves;

    CallsDueCommand(CallSheets sheets, Waves waves) {
        this.sheets = sheets;
        this.waves = waves;
    }

    @Override
    public Integer call() {
        if (waveId != null && !waves.exists(waveId)) {
            throw new ParameterException(spec.commandLine(), "La vague « " + waveId + " » n'existe pas.");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<CallSheets.DueFile> files = sheets.writeDue(day, waveId);
        if (files.isEmpty()) {
            out.printf("Aucune tentative prévue le %s.%n", WavePlanCommand.FRENCH_DATE.format(day));
        }
        for (CallSheets.DueFile f : files) {
            out.printf("Vague %s : %s le %s, écrites dans %s%n", f.waveId(),
                    FrenchFormat.count(f.attempts(), "tentative prévue", "tentatives prévues"),
                    WavePlanCommand.FRENCH_DATE.format(day), f.file());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
