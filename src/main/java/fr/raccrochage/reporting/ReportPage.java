package fr.raccrochage.reporting;

import static fr.raccrochage.reporting.FrenchNumbers.integer;
import static fr.raccrochage.reporting.FrenchNumbers.percent;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import fr.raccrochage.calls.TimeSlot;
import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.reporting.Charts.BarInput;
import fr.raccrochage.reporting.Charts.SeriesInput;
import fr.raccrochage.reporting.Charts.StackedInput;
import fr.raccrochage.reporting.Report.TrendPoint;
import fr.raccrochage.reporting.ReportFigures.Feedback;
import fr.raccrochage.reporting.ReportFigures.Referrals;
import fr.raccrochage.reporting.ReportFigures.SlotKey;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The report as one self-contained HTML page: Mustache templates (HTML-escaped by default),
 * inline CSS, SVG charts drawn here on the server, so the page opens offline, in any browser,
 * and prints as it shows.
 */
final class ReportPage {

    private static final String TEMPLATES = "fr/raccrochage/reporting/";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final Map<String, String> DEPARTEMENTS = Map.of("75", "Paris", "77", "Seine-et-Marne", "78", "Yvelines",
            "91", "Essonne", "92", "Hauts-de-Seine", "93", "Seine-Saint-Denis", "94", "Val-de-Marne", "95", "Val-d'Oise");
    private static final String BLUE = "#1565c0";

    record Step(String label, long count) {
    }

    record KeyFigure(String value, String label, String detail) {
    }

    record Row(List<String> cells) {
    }

    record Table(List<String> headers, List<Row> rows) {
    }

    record LegendItem(String label, String color) {
    }

    record Section(String id, String title, String text, Charts.BarChart bars, Charts.StackedChart stacked,
            Charts.LineChart lines, List<LegendItem> legend, Table table) {

        public boolean hasLegend() {
            return !legend.isEmpty();
        }
    }

    private ReportPage() {
    }

    static String render(Report report) {
        return render(report, "");
    }

    /** @param smsSection the SMS section's HTML ({@link SmsReportSection}), empty for none */
    static String render(Report report, String smsSection) {
        Mustache.Compiler compiler = Mustache.compiler().defaultValue("").withLoader(name -> reader(name + ".mustache"));
        Template page = compiler.compile(reader("rapport.mustache"));
        return page.execute(Map.of(
                "title", report.title(),
                "subtitle", subtitle(report),
                "keyFigures", keyFigures(report.figures()),
                "sections", sections(report),
                "smsSection", smsSection));
    }

    private static InputStreamReader reader(String name) {
        var in = ReportPage.class.getClassLoader().getResourceAsStream(TEMPLATES + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Modèle absent : " + TEMPLATES + name));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static String subtitle(Report report) {
        String waves = String.join(", ", report.waves().stream().map(w -> w.waveId() + " (début " + DATE.format(w.start())
                + (w.fromCallingPeriod() ? "" : ", date de création") + ")").toList());
        return (report.waves().size() > 1 ? "Vagues : " : "Vague : ") + waves + " — chiffres au " + DATE.format(report.asOf());
    }

    private static List<KeyFigure> keyFigures(ReportFigures f) {
        Referrals r = f.referrals;
        return List.of(
                new KeyFigure(integer(f.persons), "jeunes listés", integer(f.records) + " enregistrements SIEI"),
                new KeyFigure(integer(f.called), "jeunes appelés", integer(f.toCall()) + " à appeler"),
                new KeyFigure(percent(f.reached, f.called), "taux de contact", integer(f.reached) + " jeunes joints"),
                new KeyFigure(percent(f.outcomes.get(CaseStatus.EN_SOLUTION), f.reached), "déjà en solution",
                        integer(f.outcomes.get(CaseStatus.EN_SOLUTION)) + " des jeunes joints"),
                new KeyFigure(percent(f.referred(), f.reached), "mises en relation", integer(f.referred()) + " vers une ML ou un CIO"),
                new KeyFigure(percent(f.unreachable(), f.toCall()), "injoignables", integer(f.unreachable()) + " jeunes"),
                new KeyFigure(percent(r.inTime, r.total), "rappelés sous 15 jours",
                        integer(r.inTime) + " sur " + integer(r.total) + " mises en relation"));
    }

    private static List<Section> sections(Report report) {
        ReportFigures f = report.figures();
        return List.of(funnel(f), outcomes(f), departements(f), byAttempt(f), byDay(f), bySlot(f), partners(f),
                referrals(f), feedback(f), trend(report.trend()));
    }

    private static Section section(String id, String title, String text, Charts.BarChart bars, Table table) {
        return new Section(id, title, text, bars, null, null, List.of(), table);
    }

    private static Table table(List<String> headers, Stream<List<String>> rows) {
        return new Table(headers, rows.map(Row::new).toList());
    }

    private static Section funnel(ReportFigures f) {
        List<Step> steps = ReportCsv.funnel(f);
        List<BarInput> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            String rate = i == 0 ? "" : percent(s.count(), steps.get(i - 1).count());
            bars.add(new BarInput(s.label(), s.count(), integer(s.count()), s.label() + " : " + integer(s.count()), BLUE));
            rows.add(List.of(s.label(), integer(s.count()), rate));
        }
        return section("entonnoir", "Du listage à l'issue",
                "Chaque étape ne compte que les jeunes arrivés jusque-là ; le taux rapporte l'étape à la précédente.",
                Charts.bars("Entonnoir", bars), table(List.of("Étape", "Nombre", "Taux / étape précédente"), rows.stream()));
    }

    private static Section outcomes(ReportFigures f) {
        List<BarInput> bars = Outcomes.ORDER.stream().map(o -> new BarInput(o.label(), f.outcomes.get(o),
                integer(f.outcomes.get(o)), o.label() + " : " + percent(f.outcomes.get(o), f.cases()), Outcomes.color(o))).toList();
        return section("issues", "Issues des dossiers d'appel",
                "Un dossier par jeune et par vague ; « exclu » : déjà connu (en solution, suivi, opposition) avant les appels.",
                Charts.bars("Issues", bars), table(List.of("Issue", "Dossiers", "Part"), Outcomes.ORDER.stream()
                        .map(o -> List.of(o.label(), integer(f.outcomes.get(o)), percent(f.outcomes.get(o), f.cases())))));
    }

    static String departementName(String code) {
        String name = DEPARTEMENTS.get(code);
        if (JdbcReportDao.OUT_OF_REGION.equals(code)) {
            return "Hors région";
        }
        return JdbcReportDao.NO_DEPARTEMENT.equals(code) ? "Commune inconnue" : name == null ? "Département " + code : code + " " + name;
    }

    private static Section departements(ReportFigures f) {
        List<CaseStatus> outcomes = Outcomes.ORDER;
        List<StackedInput> rows = f.outcomesByDepartement.entrySet().stream().map(e -> new StackedInput(
                departementName(e.getKey()), integer(e.getValue().total()),
                outcomes.stream().map(o -> (double) e.getValue().get(o)).toList(),
                outcomes.stream().map(Outcomes::color).toList(),
                outcomes.stream().map(o -> departementName(e.getKey()) + " — " + o.label() + " : " + integer(e.getValue().get(o))
                        + " (" + percent(e.getValue().get(o), e.getValue().total()) + ")").toList())).toList();
        List<String> headers = new ArrayList<>(List.of("Département"));
        outcomes.forEach(o -> headers.add(o.label()));
        headers.add("Total");
        Table table = table(headers, f.outcomesByDepartement.entrySet().stream().map(e -> {
            List<String> cells = new ArrayList<>(List.of(departementName(e.getKey())));
            outcomes.forEach(o -> cells.add(integer(e.getValue().get(o))));
            cells.add(integer(e.getValue().total()));
            return cells;
        }));
        return new Section("departements", "Issues par département de résidence",
                "Répartition des issues des dossiers (100 % par ligne) ; le total est à droite.", null,
                Charts.stacked("Issues par département", rows), null,
                outcomes.stream().map(o -> new LegendItem(o.label(), Outcomes.color(o))).toList(), table);
    }

    private static Section contactSection(String id, String title, String text, List<String> labels, List<Tally> tallies) {
        List<BarInput> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Tally t = tallies.get(i);
            double rate = FrenchNumbers.ratePercent(t.contacts(), t.attempts()).doubleValue();
            bars.add(new BarInput(labels.get(i), rate, percent(t.contacts(), t.attempts()),
                    labels.get(i) + " : " + integer(t.contacts()) + " contacts sur " + integer(t.attempts()) + " tentatives", BLUE));
            rows.add(List.of(labels.get(i), integer(t.attempts()), integer(t.contacts()), percent(t.contacts(), t.attempts())));
        }
        return section(id, title, text, Charts.bars(title, bars),
                table(List.of("", "Tentatives", "Contacts", "Taux de contact"), rows.stream()));
    }

    private static Section byAttempt(ReportFigures f) {
        return contactSection("tentatives", "Taux de contact par numéro de tentative",
                "Part des tentatives où quelqu'un a répondu pour le jeune (lui-même ou un responsable légal).",
                f.byAttempt.keySet().stream().map(n -> "Tentative " + n).toList(), List.copyOf(f.byAttempt.values()));
    }

    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.FRANCE);
    }

    private static Section byDay(ReportFigures f) {
        return contactSection("jours", "Taux de contact par jour de la semaine", "Selon la date de chaque tentative.",
                f.byDay.keySet().stream().map(ReportPage::dayName).toList(), List.copyOf(f.byDay.values()));
    }

    static String slotName(SlotKey key) {
        if (key.order() >= TimeSlot.values().length) {
            return "Hors créneaux";
        }
        TimeSlot slot = TimeSlot.values()[key.order()];
        String name = switch (slot) {
            case MATIN -> "Matin";
            case MIDI -> "Midi";
            case APRES_MIDI -> "Après-midi";
            case SOIREE -> "Soirée";
            case SAMEDI -> "Samedi matin";
        };
        return name + " (" + slot.start().getHour() + " h – " + slot.end().getHour() + " h)";
    }

    private static Section bySlot(ReportFigures f) {
        return contactSection("creneaux", "Taux de contact par créneau horaire", "Créneaux d'appel du plan d'appels (heure de Paris).",
                f.bySlot.keySet().stream().map(ReportPage::slotName).toList(), List.copyOf(f.bySlot.values()));
    }

    private static String partnerLabel(ReportFigures.PartnerRouting p) {
        return p.name.isBlank() || p.name.equals(p.partnerId) ? p.partnerId : p.name;
    }

    /** Up to this many partners, one bar each, the most sent to first. */
    static final int TOP_PARTNERS = 15;
    /** More partners than {@link #TOP_PARTNERS}: grouped by département, each with its top few and the rest. */
    static final int TOP_PER_DEPARTEMENT = 3;
    private static final String DEPARTEMENT_COLOR = "#0d47a1";
    private static final String REST_COLOR = "#9e9e9e";

    private static Section partners(ReportFigures f) {
        java.util.Comparator<ReportFigures.PartnerRouting> mostFirst = java.util.Comparator
                .comparingLong((ReportFigures.PartnerRouting p) -> -p.byMotif.total()).thenComparing(ReportPage::partnerLabel);
        List<ReportFigures.PartnerRouting> sorted = f.partners.values().stream().sorted(mostFirst).toList();
        Map<String, List<ReportFigures.PartnerRouting>> byDepartement = new java.util.TreeMap<>(ReportPage::departementOrder);
        sorted.forEach(p -> byDepartement.computeIfAbsent(departement(p), d -> new ArrayList<>()).add(p));
        boolean grouped = sorted.size() > TOP_PARTNERS;
        List<BarInput> bars = new ArrayList<>();
        if (grouped) {
            byDepartement.forEach((departement, partners) -> bars.addAll(departementBars(departement, partners)));
        } else {
            sorted.forEach(p -> bars.add(partnerBar(p)));
        }
        List<String> headers = new ArrayList<>(List.of("Département", "Partenaire", "Type"));
        List<String> motifLabels = List.of("Injoignables", "Mis en relation ML", "Mis en relation CIO", "Rappel demandé", "Déjà suivis");
        headers.addAll(motifLabels);
        headers.add("Total");
        List<List<String>> rows = new ArrayList<>();
        byDepartement.forEach((departement, partners) -> {
            for (ReportFigures.PartnerRouting p : partners) {
                List<String> cells = new ArrayList<>(List.of(partnerDepartementName(departement), partnerLabel(p), p.type));
                ReportCsv.MOTIFS.forEach(m -> cells.add(integer(p.byMotif.get(m))));
                cells.add(integer(p.byMotif.total()));
                rows.add(cells);
            }
            if (grouped) {
                List<String> total = new ArrayList<>(List.of(partnerDepartementName(departement),
                        "Ensemble (" + partnersCount(partners.size()) + ")", ""));
                ReportCsv.MOTIFS.forEach(m -> total.add(integer(partners.stream().mapToLong(p -> p.byMotif.get(m)).sum())));
                total.add(integer(total(partners)));
                rows.add(total);
            }
        });
        String text = "Jeunes transmis à chaque partenaire (missions locales, CIO, groupes PRIJ), par motif ; "
                + (grouped ? "le graphique les regroupe par département (celui des communes que le partenaire couvre) : "
                        + "pour chacun, son total, ses " + TOP_PER_DEPARTEMENT + " partenaires qui en reçoivent le plus, "
                        + "puis les autres ensemble ; le tableau les montre tous, par département."
                        : "le tableau donne le détail par motif.");
        return section("partenaires", "Orientations par partenaire", text, Charts.bars("Orientations par partenaire", bars),
                table(headers, rows.stream()));
    }

    private static BarInput partnerBar(ReportFigures.PartnerRouting p) {
        return new BarInput(partnerLabel(p), p.byMotif.total(), integer(p.byMotif.total()),
                partnerLabel(p) + " : " + integer(p.byMotif.total()) + " jeunes orientés", BLUE);
    }

    /**
     * A département's total, its partners that received the most, the others in one bar (a single
     * other partner gets its own bar instead). Labels stay short, so that few of them wrap; the
     * tooltips say it all.
     */
    private static List<BarInput> departementBars(String departement, List<ReportFigures.PartnerRouting> partners) {
        String name = partnerDepartementName(departement);
        long total = total(partners);
        List<BarInput> bars = new ArrayList<>();
        bars.add(new BarInput(name, total, integer(total),
                name + " : " + integer(total) + " jeunes orientés vers " + partnersCount(partners.size()), DEPARTEMENT_COLOR));
        int shown = partners.size() == TOP_PER_DEPARTEMENT + 1 ? partners.size() : TOP_PER_DEPARTEMENT;
        partners.stream().limit(shown).forEach(p -> bars.add(partnerBar(p)));
        if (partners.size() > shown) {
            List<ReportFigures.PartnerRouting> rest = partners.subList(shown, partners.size());
            String label = "Les " + rest.size() + " autres partenaires"
                    + (JdbcReportDao.NO_DEPARTEMENT.equals(departement) ? "" : " (" + departement + ")");
            bars.add(new BarInput(label, total(rest), integer(total(rest)), "Les " + rest.size() + " autres partenaires ("
                    + name + ") : " + integer(total(rest)) + " jeunes orientés (détail dans le tableau)", REST_COLOR));
        }
        return bars;
    }

    private static long total(List<ReportFigures.PartnerRouting> partners) {
        return partners.stream().mapToLong(p -> p.byMotif.total()).sum();
    }

    private static String partnersCount(int n) {
        return n == 1 ? "1 partenaire" : integer(n) + " partenaires";
    }

    private static String partnerDepartementName(String code) {
        return JdbcReportDao.NO_DEPARTEMENT.equals(code) ? "Département inconnu" : departementName(code);
    }

    private static String departement(ReportFigures.PartnerRouting p) {
        return p.departement == null || p.departement.isBlank() ? JdbcReportDao.NO_DEPARTEMENT : p.departement;
    }

    /** Départements by code, the unknown one last. */
    private static int departementOrder(String a, String b) {
        boolean unknownA = JdbcReportDao.NO_DEPARTEMENT.equals(a);
        boolean unknownB = JdbcReportDao.NO_DEPARTEMENT.equals(b);
        return unknownA != unknownB ? (unknownA ? 1 : -1) : a.compareTo(b);
    }

    private static Section referrals(ReportFigures f) {
        Referrals r = f.referrals;
        List<Object[]> parts = List.of(
                new Object[] {"Traitées sous 15 jours", r.inTime, "#2e7d32"},
                new Object[] {"Traitées après 15 jours", r.late, "#ef6c00"},
                new Object[] {"Sans retour, délai dépassé", r.overdue, "#c62828"},
                new Object[] {"Sans retour, délai en cours", r.pending, "#9e9e9e"});
        List<BarInput> bars = parts.stream().map(p -> new BarInput((String) p[0], (Long) p[1], integer((Long) p[1]),
                p[0] + " : " + percent((Long) p[1], r.total), (String) p[2])).toList();
        Table table = table(List.of("Partenaire", "Avec délai", "Sous 15 jours", "Après 15 jours", "Délai dépassé", "En cours",
                "Taux sous 15 jours"), Stream.concat(f.partners.values().stream().filter(p -> p.referrals.total > 0)
                        .map(p -> referralRow(partnerLabel(p), p.referrals)), Stream.of(referralRow("Ensemble", r))));
        return section("delais", "Mises en relation traitées sous 15 jours",
                "Une mise en relation est traitée quand le partenaire a fait un retour sur le jeune ; dans les 15 jours "
                        + "quand son premier retour est daté au plus tard de la date limite de rappel.",
                Charts.bars("Mises en relation", bars), table);
    }

    private static List<String> referralRow(String label, Referrals r) {
        return List.of(label, integer(r.total), integer(r.inTime), integer(r.late), integer(r.overdue), integer(r.pending),
                percent(r.inTime, r.total));
    }

    private static Section feedback(ReportFigures f) {
        Feedback all = f.feedbackOf(ReportFigures.ALL_MOTIFS);
        List<BarInput> bars = List.of(
                new BarInput("Jeunes envoyés", all.routed, integer(all.routed), "Jeunes envoyés aux partenaires", BLUE),
                new BarInput("Contactés", all.contacted, integer(all.contacted),
                        "Contactés : " + percent(all.contacted, all.routed) + " des envoyés", "#1976d2"),
                new BarInput("Accompagnés", all.supported, integer(all.supported),
                        "Accompagnés : " + percent(all.supported, all.contacted) + " des contactés", "#2e7d32"),
                new BarInput("Sorties positives", all.positiveExit, integer(all.positiveExit),
                        "Sorties positives : " + percent(all.positiveExit, all.contacted) + " des contactés", "#1b5e20"));
        Map<String, String> motifLabels = Map.of("INJOIGNABLE", "Injoignables", "ORIENTE_ML", "Mis en relation ML",
                "ORIENTE_CIO", "Mis en relation CIO", "RAPPEL_DEMANDE", "Rappel demandé", "SUIVI", "Déjà suivis",
                ReportFigures.ALL_MOTIFS, "Ensemble");
        Table table = table(List.of("Motif", "Envoyés", "Contactés", "Accompagnés", "Sorties positives", "Contactés / envoyés",
                "Accompagnés / contactés", "Sorties positives / contactés"),
                Stream.concat(ReportCsv.MOTIFS.stream().filter(f.feedback::containsKey), Stream.of(ReportFigures.ALL_MOTIFS))
                        .map(m -> {
                            Feedback b = f.feedbackOf(m);
                            return List.of(motifLabels.get(m), integer(b.routed), integer(b.contacted), integer(b.supported),
                                    integer(b.positiveExit), percent(b.contacted, b.routed), percent(b.supported, b.contacted),
                                    percent(b.positiveExit, b.contacted));
                        }));
        return section("retours", "Retours des partenaires",
                "Ce que les partenaires ont fait savoir des jeunes qu'ils ont reçus : contactés (y compris refus), "
                        + "accompagnés, sortie positive ; chaque jeune une fois, mêmes chiffres que « retours bilan ».", Charts.bars("Retours des partenaires", bars), table);
    }

    private static Section trend(List<TrendPoint> trend) {
        List<String> labels = trend.stream().map(p -> p.wave().waveId()).toList();
        List<SeriesInput> series = ReportRates.all().stream().map(rate -> new SeriesInput(rate.label(), rate.color(),
                trend.stream().map(p -> rate.whole(p.figures()) == 0 ? null
                        : FrenchNumbers.ratePercent(rate.part(p.figures()), rate.whole(p.figures())).doubleValue()).toList(),
                trend.stream().map(p -> p.wave().waveId() + " — " + rate.label() + " : " + rate.percent(p.figures())).toList()))
                .toList();
        List<String> headers = new ArrayList<>(List.of("Vague", "Début"));
        ReportRates.all().forEach(r -> headers.add(r.label()));
        Table table = table(headers, trend.stream().map(p -> {
            List<String> cells = new ArrayList<>(List.of(p.wave().waveId(), DATE.format(p.wave().start())));
            ReportRates.all().forEach(r -> cells.add(r.percent(p.figures())));
            return cells;
        }));
        return new Section("tendance", "Évolution des principaux taux d'une vague à l'autre",
                "Vagues dans l'ordre de leur début d'appels (à défaut, de leur création).", null, null,
                Charts.lines("Évolution des taux", labels, series),
                ReportRates.all().stream().map(r -> new LegendItem(r.label(), r.color())).toList(), table);
    }
}
