package fr.raccrochage.reporting;

import static fr.raccrochage.reporting.FrenchNumbers.csvRate;

import fr.raccrochage.core.FrenchCsvFile;
import fr.raccrochage.core.SpreadsheetCells;
import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.reporting.Report.TrendPoint;
import fr.raccrochage.reporting.ReportFigures.Feedback;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The report's figures as CSV files, one per table of the page. Counts are plain integers and
 * rates are percentages with a decimal comma and no sign ("12,5"), so that a French spreadsheet
 * reads every cell as a number it can add up or chart.
 */
final class ReportCsv {

    static final List<String> MOTIFS = List.of("INJOIGNABLE", "ORIENTE_ML", "ORIENTE_CIO", "RAPPEL_DEMANDE", "SUIVI");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReportCsv() {
    }

    /** Writes every table into {@code directory}; returns the files written. */
    static List<Path> write(Report report, Path directory) {
        ReportFigures f = report.figures();
        List<Path> files = new ArrayList<>();
        files.add(write(directory.resolve("entonnoir.csv"), new String[] {"etape", "nombre", "taux_etape_precedente_pct"},
                funnelRows(f)));
        files.add(write(directory.resolve("issues.csv"), new String[] {"issue", "libelle", "dossiers", "part_pct"},
                Outcomes.ORDER.stream().map(o -> row(o.name(), o.label(), f.outcomes.get(o),
                        csvRate(f.outcomes.get(o), f.cases()))).toList()));
        files.add(write(directory.resolve("issues-par-departement.csv"), departementHeader(), departementRows(f)));
        files.add(write(directory.resolve("taux-de-contact.csv"),
                new String[] {"axe", "valeur", "tentatives", "contacts", "taux_contact_pct"}, contactRows(f)));
        files.add(write(directory.resolve("partenaires.csv"), partnerHeader(), partnerRows(f)));
        files.add(write(directory.resolve("retours-partenaires.csv"),
                new String[] {"motif", "envoyes", "contactes", "accompagnes", "sorties_positives", "taux_contact_pct",
                    "taux_accompagnement_pct", "taux_sortie_positive_pct"}, feedbackRows(f)));
        files.add(write(directory.resolve("tendance.csv"), trendHeader(), trendRows(report.trend())));
        return files;
    }

    private static Path write(Path file, String[] header, List<String[]> rows) {
        FrenchCsvFile.write(file, header, csv -> {
            rows.forEach(r -> csv.writeNext(r, false));
            return rows.size();
        });
        return file;
    }

    private static String[] row(Object... cells) {
        return Stream.of(cells).map(String::valueOf).toArray(String[]::new);
    }

    static List<ReportPage.Step> funnel(ReportFigures f) {
        return List.of(
                new ReportPage.Step("Enregistrements SIEI", f.records),
                new ReportPage.Step("Jeunes distincts", f.persons),
                new ReportPage.Step("Jeunes appelés", f.called),
                new ReportPage.Step("Jeunes joints", f.reached),
                new ReportPage.Step("Issue obtenue au téléphone", f.reachedOutcomes()));
    }

    private static List<String[]> funnelRows(ReportFigures f) {
        List<ReportPage.Step> steps = funnel(f);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            ReportPage.Step step = steps.get(i);
            rows.add(row(step.label(), step.count(), i == 0 ? "" : csvRate(step.count(), steps.get(i - 1).count())));
        }
        return rows;
    }

    private static String[] departementHeader() {
        return Stream.concat(Stream.of("departement"),
                Stream.concat(Outcomes.ORDER.stream().map(o -> o.name().toLowerCase(java.util.Locale.ROOT)), Stream.of("total")))
                .toArray(String[]::new);
    }

    private static List<String[]> departementRows(ReportFigures f) {
        return f.outcomesByDepartement.entrySet().stream().map(e -> {
            List<Object> cells = new ArrayList<>();
            cells.add(e.getKey());
            Outcomes.ORDER.stream().forEach(o -> cells.add(e.getValue().get(o)));
            cells.add(e.getValue().total());
            return row(cells.toArray());
        }).toList();
    }

    private static List<String[]> contactRows(ReportFigures f) {
        List<String[]> rows = new ArrayList<>();
        f.byAttempt.forEach((n, t) -> rows.add(row("tentative", n, t.attempts(), t.contacts(), csvRate(t.contacts(), t.attempts()))));
        f.byDay.forEach((d, t) -> rows.add(row("jour", ReportPage.dayName(d), t.attempts(), t.contacts(),
                csvRate(t.contacts(), t.attempts()))));
        f.bySlot.forEach((s, t) -> rows.add(row("creneau", s.name(), t.attempts(), t.contacts(), csvRate(t.contacts(), t.attempts()))));
        return rows;
    }

    private static String[] partnerHeader() {
        List<String> header = new ArrayList<>(List.of("partenaire_id", "type", "nom"));
        MOTIFS.forEach(m -> header.add(m.toLowerCase(java.util.Locale.ROOT)));
        header.addAll(List.of("total", "mises_en_relation_avec_delai", "traitees_sous_15_jours", "traitees_apres_15_jours",
                "sans_retour_delai_depasse", "sans_retour_delai_en_cours", "taux_sous_15_jours_pct"));
        return header.toArray(String[]::new);
    }

    private static List<String[]> partnerRows(ReportFigures f) {
        return f.partners.values().stream().map(p -> {
            List<Object> cells = new ArrayList<>(List.of(SpreadsheetCells.safe(p.partnerId), SpreadsheetCells.safe(p.type),
                    SpreadsheetCells.safe(p.name)));
            MOTIFS.forEach(m -> cells.add(p.byMotif.get(m)));
            ReportFigures.Referrals r = p.referrals;
            cells.addAll(List.of(p.byMotif.total(), r.total, r.inTime, r.late, r.overdue, r.pending, csvRate(r.inTime, r.total)));
            return row(cells.toArray());
        }).toList();
    }

    private static List<String[]> feedbackRows(ReportFigures f) {
        List<String> motifs = new ArrayList<>(MOTIFS);
        motifs.add(ReportFigures.ALL_MOTIFS);
        return motifs.stream().filter(m -> f.feedback.containsKey(m) || m.equals(ReportFigures.ALL_MOTIFS)).map(m -> {
            Feedback b = f.feedbackOf(m);
            return row(m, b.routed, b.contacted, b.supported, b.positiveExit, csvRate(b.contacted, b.routed),
                    csvRate(b.supported, b.contacted), csvRate(b.positiveExit, b.contacted));
        }).toList();
    }

    private static String[] trendHeader() {
        List<String> header = new ArrayList<>(List.of("vague", "debut", "appeles", "joints"));
        ReportRates.all().forEach(r -> header.add(r.name().toLowerCase(java.util.Locale.ROOT) + "_pct"));
        return header.toArray(String[]::new);
    }

    private static List<String[]> trendRows(List<TrendPoint> trend) {
        return trend.stream().map(p -> {
            List<Object> cells = new ArrayList<>(List.of(SpreadsheetCells.safe(p.wave().waveId()), DATE.format(p.wave().start()),
                    p.figures().called, p.figures().reached));
            ReportRates.all().forEach(r -> cells.add(r.csv(p.figures())));
            return row(cells.toArray());
        }).toList();
    }
}
