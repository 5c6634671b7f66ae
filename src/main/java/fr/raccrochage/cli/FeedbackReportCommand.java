package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import static fr.raccrochage.core.text.FrenchFormat.number;
import static fr.raccrochage.partners.FeedbackReportService.percent;

import fr.raccrochage.core.Waves;
import fr.raccrochage.partners.FeedbackReportService;
import fr.raccrochage.partners.PartnerFigures;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "bilan", mixinStandardHelpOptions = true,
        description = "Chiffres des retours par partenaire et par vague : jeunes envoyés, part contactée, et parmi les "
                + "contactés, part accompagnée et part en sortie positive. Affiche le bilan et l'écrit en CSV "
                + "(bilan-retours.csv, une ligne par partenaire et le total de chaque vague). Affiche les totaux ; "
                + "--detail affiche aussi chaque partenaire. Chaque jeune compte une fois dans un total ; « contactés » : "
                + "un retour CONTACTE, ACCOMPAGNE, SORTIE_POSITIVE ou REFUS ; mêmes chiffres que le rapport.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class FeedbackReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OptionalWave wave;

    @picocli.CommandLine.Option(names = "--detail", description = "Affiche aussi une ligne par partenaire.")
    boolean detail;

    private final FeedbackReportService reports;
    private final Waves waves;

    FeedbackReportCommand(FeedbackReportService reports, Waves waves) {
        this.reports = reports;
        this.waves = waves;
    }

    @Override
    public Integer call() {
        String waveId = wave.existingIn(waves);
        List<PartnerFigures> figures = reports.figures(waveId);
        print(spec.commandLine().getOut(), detail ? figures : figures.stream().filter(f -> f.partnerId() == null).toList(),
                reports.writeFigures(waveId, figures));
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, List<PartnerFigures> figures, Path file) {
        if (figures.isEmpty()) {
            out.printf("Aucun jeune envoyé à un partenaire pour l'instant.%n");
        }
        for (PartnerFigures f : figures) {
            out.printf("%s %-28s envoyés %6s  contactés %6s (%s)  accompagnés %6s (%s)  sorties positives %6s (%s)%n",
                    f.waveId(), f.partnerId() == null ? "TOTAL" : f.partnerId(), number(f.sent()), number(f.contacted()),
                    percent(f.contactedShare()), number(f.supported()), percent(f.supportedShare()),
                    number(f.positiveExits()), percent(f.positiveExitShare()));
        }
        out.printf("Bilan écrit dans %s%n", file);
        out.flush();
    }
}
