package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.core.Waves;
import fr.raccrochage.partners.FeedbackReportService;
import fr.raccrochage.partners.OverdueReferral;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "retards", mixinStandardHelpOptions = true,
        description = "Liste les orientations dont le délai de rappel (15 jours) est dépassé sans que le partenaire "
                + "ait signalé de contact (retour CONTACTE, ACCOMPAGNE ou SORTIE_POSITIVE), et les écrit en CSV "
                + "(orientations-en-retard.csv).",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class FeedbackOverdueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OptionalWave wave;

    @Option(names = "--date", paramLabel = "<AAAA-MM-JJ>", description = "Date du jour (défaut : aujourd'hui).")
    LocalDate today = LocalDate.now();

    private final FeedbackReportService reports;
    private final Waves waves;

    FeedbackOverdueCommand(FeedbackReportService reports, Waves waves) {
        this.reports = reports;
        this.waves = waves;
    }

    @Override
    public Integer call() {
        String waveId = wave.existingIn(waves);
        List<OverdueReferral> overdue = reports.overdue(waveId, today);
        print(spec.commandLine().getOut(), overdue, reports.writeOverdue(waveId, overdue));
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, List<OverdueReferral> overdue, Path file) {
        out.printf("%s en retard, sans contact signalé.%n", count(overdue.size(), "orientation", "orientations"));
        for (OverdueReferral o : overdue.stream().limit(20).toList()) {
            out.printf("  %s %s %s : %s jours de retard%s%n", o.idAppel(), o.partnerId(), o.motif(), o.daysLate(),
                    o.firstSent() == null ? " (jamais envoyé)" : "");
        }
        if (overdue.size() > 20) {
            out.printf("  … et %d autres%n", overdue.size() - 20);
        }
        out.printf("Liste écrite dans %s%n", file);
        out.flush();
    }
}
