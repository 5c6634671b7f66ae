package fr.raccrochage.cli;

import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.partners.FeedbackImportService;
import fr.raccrochage.partners.FeedbackReportService;
import fr.raccrochage.sample.FeedbackSampleGenerator;
import fr.raccrochage.partners.PartnerDirectoryService;
import fr.raccrochage.partners.PartnerExportService;
import fr.raccrochage.partners.PartnerFigures;
import fr.raccrochage.partners.WaveClosingService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo's partners steps, after the calls: closing and routing, exports, synthetic feedback
 * and its figures. Kept apart so the demo command only calls {@link #run}.
 */
@Component
class PartnersDemoSteps {

    static final long FEEDBACK_SEED = 42;

    private final WaveClosingService closing;
    private final PartnerExportService exports;
    private final FeedbackSampleGenerator feedbackSamples;
    private final FeedbackImportService feedback;
    private final FeedbackReportService reports;
    private final RaccrochageProperties properties;
    private final PartnerDirectoryService directory;

    PartnersDemoSteps(WaveClosingService closing, PartnerExportService exports, FeedbackSampleGenerator feedbackSamples,
            FeedbackImportService feedback, FeedbackReportService reports, RaccrochageProperties properties,
            PartnerDirectoryService directory) {
        this.directory = directory;
        this.closing = closing;
        this.exports = exports;
        this.feedbackSamples = feedbackSamples;
        this.feedback = feedback;
        this.reports = reports;
        this.properties = properties;
    }

    /** Runs the steps, closing the wave on {@code closingDay}; the caller holds the run lock. */
    void run(PrintWriter out, String waveId, LocalDate closingDay) {
        LocalDate today = LocalDate.now().isBefore(closingDay) ? closingDay : LocalDate.now();
        out.printf("%nAnnuaire des partenaires (exemple synthétique, chargé pour la démonstration seulement)%n");
        var example = directory.importExample();
        out.printf("%s : %d lignes, %d partenaires.%n", example.fileName(), example.lines(), example.partners());
        out.printf("%nClôture de la vague et orientation vers les partenaires%n");
        WaveCloseCommand.print(out, closing.close(waveId, closingDay));
        out.printf("%nExports vers les partenaires%n");
        PartnerExportCommand.print(out, exports.export(waveId, List.of(), LocalDateTime.now()), false);
        out.printf("%nRetours (synthétiques) des partenaires et bilan%n");
        Path file = properties.waveOutputDirectory(waveId).resolve("retours-exemple.csv");
        if (feedbackSamples.write(waveId, FEEDBACK_SEED, today, file) > 0) {
            FeedbackImportCommand.print(out, feedback.importFile(file, today));
        }
        List<PartnerFigures> figures = reports.figures(waveId);
        FeedbackReportCommand.print(out, figures.stream().filter(f -> f.partnerId() == null).toList(),
                reports.writeFigures(waveId, figures));
    }
}
