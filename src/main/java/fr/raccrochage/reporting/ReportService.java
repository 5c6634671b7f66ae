package fr.raccrochage.reporting;

import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.partners.FeedbackReportService;
import fr.raccrochage.reporting.Report.TrendPoint;
import fr.raccrochage.sms.SmsEffectService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the report of a wave ({@code <sorties>/vague-<id>/rapport/}) or of a year
 * ({@code <sorties>/rapport-annuel-<yyyy>/}): the HTML page and its CSV files. Writing it again
 * replaces the files with the figures of the moment.
 */
@Service
public class ReportService {

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);

    /** How many waves the trend shows at most, the scope's last wave included. */
    static final int TREND_WAVES = 12;

    /** What was written, with the headline counts the CLI prints. */
    public record ReportFiles(Path directory, Path html, List<Path> csv, int waves, long persons, long called, long reached) {
    }

    private final JdbcReportDao dao;
    private final RaccrochageProperties properties;
    private final SmsReportSection sms;
    private final FeedbackReportService feedback;

    ReportService(JdbcReportDao dao, RaccrochageProperties properties, SmsReportSection sms,
            FeedbackReportService feedback) {
        this.feedback = feedback;
        this.dao = dao;
        this.properties = properties;
        this.sms = sms;
    }

    /** The waves whose start (calling period, else creation) falls in {@code year}, oldest first. */
    @Transactional(readOnly = true)
    public List<String> wavesOf(int year) {
        return dao.waves().stream().filter(w -> w.year() == year).map(WaveDates::waveId).toList();
    }

    @Transactional(readOnly = true)
    public ReportFiles writeWave(String waveId, LocalDate asOf) {
        WaveDates wave = dao.wave(waveId).orElseThrow(() -> new IllegalArgumentException("La vague « " + waveId + " » n'existe pas."));
        Path directory = properties.waveOutputDirectory(waveId).resolve("rapport");
        return write(build("Vague " + waveId, List.of(wave), asOf), directory, "rapport-vague-" + waveId + ".html");
    }

    @Transactional(readOnly = true)
    public ReportFiles writeYear(int year, LocalDate asOf) {
        List<WaveDates> waves = dao.waves().stream().filter(w -> w.year() == year).toList();
        if (waves.isEmpty()) {
            throw new IllegalArgumentException("Aucune vague ne commence en " + year + ".");
        }
        Path directory = properties.dossierSorties().resolve("rapport-annuel-" + year);
        return write(build("Année " + year, waves, asOf), directory, "rapport-" + year + ".html");
    }

    private Report build(String title, List<WaveDates> scope, LocalDate asOf) {
        long start = System.nanoTime();
        Map<String, ReportFigures> byWave = new HashMap<>();
        ReportFigures total = new ReportFigures();
        for (WaveDates wave : scope) {
            ReportFigures figures = figures(wave.waveId(), asOf);
            byWave.put(wave.waveId(), figures);
            total.addAll(figures);
        }
        total.persons = dao.distinctPersons(scope.stream().map(WaveDates::waveId).toList());
        Report report = new Report(title, scope, total, trend(scope.get(scope.size() - 1), byWave, asOf), asOf);
        log.info("Chiffres de « {} » lus en {} ms", title, (System.nanoTime() - start) / 1_000_000);
        return report;
    }

    /** A wave's figures; the partners' feedback is the one computation {@code retours bilan} prints too. */
    private ReportFigures figures(String waveId, LocalDate asOf) {
        ReportFigures figures = dao.figures(waveId, asOf);
        feedback.byMotif(waveId).forEach((motif, f) -> {
            ReportFigures.Feedback tally = figures.feedbackOf(
                    FeedbackReportService.ALL_MOTIFS.equals(motif) ? ReportFigures.ALL_MOTIFS : motif);
            tally.routed = f.sent();
            tally.contacted = f.contacted();
            tally.supported = f.supported();
            tally.positiveExit = f.positiveExits();
        });
        return figures;
    }

    /** The waves up to the scope's last one, in order, the last {@link #TREND_WAVES} of them. */
    private List<TrendPoint> trend(WaveDates last, Map<String, ReportFigures> known, LocalDate asOf) {
        List<WaveDates> all = dao.waves();
        List<WaveDates> upTo = all.subList(0, all.indexOf(last) + 1);
        List<TrendPoint> points = new ArrayList<>();
        for (WaveDates wave : upTo.subList(Math.max(0, upTo.size() - TREND_WAVES), upTo.size())) {
            points.add(new TrendPoint(wave, known.computeIfAbsent(wave.waveId(), id -> figures(id, asOf))));
        }
        return points;
    }

    private ReportFiles write(Report report, Path directory, String htmlName) {
        long start = System.nanoTime();
        List<Path> csv = new ArrayList<>(ReportCsv.write(report, directory));
        SmsEffectService.SmsFigures smsFigures = sms.figures(report.waves().stream().map(WaveDates::waveId).toList());
        sms.writeCsv(smsFigures, directory).ifPresent(csv::add);
        Path html = directory.resolve(htmlName);
        writeAtomically(html, ReportPage.render(report, sms.html(smsFigures)));
        ReportFigures f = report.figures();
        log.info("Rapport « {} » écrit dans {} ({} vague(s), {} dossiers, écriture {} ms)", report.title(), directory,
                report.waves().size(), f.cases(), (System.nanoTime() - start) / 1_000_000);
        return new ReportFiles(directory, html, csv, report.waves().size(), f.persons, f.called, f.reached);
    }

    /** Whole file or none: the page is written beside its place, then moved in. */
    private static void writeAtomically(Path target, String content) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
