package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import fr.raccrochage.reporting.ReportService;
import fr.raccrochage.reporting.ReportService.ReportFiles;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "rapport", mixinStandardHelpOptions = true,
        header = "Rapport d'une vague ou d'une année : page HTML avec graphiques, chiffres en CSV.",
        description = "Écrit le rapport d'une vague (dans <sorties>/vague-<id>/rapport/) ou d'une année "
                + "(dans <sorties>/rapport-annuel-<aaaa>/) : une page HTML autonome avec graphiques (entonnoir, "
                + "issues par département, taux de contact par tentative, jour et créneau, orientations par "
                + "partenaire, mises en relation traitées sous 15 jours, retours des partenaires, évolution des "
                + "taux) et les mêmes chiffres en fichiers CSV. Une vague compte dans l'année où commencent ses "
                + "appels, à défaut dans celle de sa création.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class ReportCommand implements Callable<Integer> {

    static class Scope {
        @Option(names = "--vague", required = true, paramLabel = "<id>", description = "Rapport de cette vague.")
        String waveId;

        @Option(names = "--annee", required = true, paramLabel = "<aaaa>", description = "Rapport des vagues de cette année.")
        Integer year;
    }

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    @Option(names = "--date", paramLabel = "<aaaa-mm-jj>",
            description = "Date à laquelle les délais de rappel sont jugés (défaut : aujourd'hui).")
    LocalDate asOf;

    private final ReportService reports;

    ReportCommand(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public Integer call() {
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        if (scope.waveId != null) {
            WaveOption.parse(spec, scope.waveId);
        }
        if (scope.year != null && (scope.year < 2000 || scope.year > 2999)) {
            throw new ParameterException(spec.commandLine(), "Année invalide : " + scope.year + " (quatre chiffres, ex. 2026).");
        }
        ReportFiles files;
        try {
            files = scope.waveId != null ? reports.writeWave(scope.waveId, date) : reports.writeYear(scope.year, date);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        print(spec.commandLine().getOut(), scope.waveId != null ? "Vague " + scope.waveId
                : "Année " + scope.year + " (" + FrenchFormat.count(files.waves(), "vague", "vagues") + ")", files);
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, String title, ReportFiles files) {
        out.printf("%s : %s, %s, %s.%nRapport : %s%nChiffres : %s dans %s%n", title,
                FrenchFormat.count(files.persons(), "jeune listé", "jeunes listés"),
                FrenchFormat.count(files.called(), "appelé", "appelés"), FrenchFormat.count(files.reached(), "joint", "joints"),
                files.html(),
                FrenchFormat.count(files.csv().size(), "fichier CSV", "fichiers CSV"), files.directory());
    }
}
