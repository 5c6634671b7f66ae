package fr.raccrochage.partners;

import fr.raccrochage.core.RaccrochageProperties;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** {@code retours bilan} and {@code retours retards}: the feedback figures and the overdue referrals. */
@Service
public class FeedbackReportService {

    static final String[] FIGURES_HEADER = {"vague", "partenaire_id", "type", "nom", "envoyes", "avec_retour", "contactes",
        "part_contactes_pct", "accompagnes", "part_accompagnes_pct", "sorties_positives", "part_sorties_positives_pct", "injoignables",
        "refus"};
    static final String[] OVERDUE_HEADER = {"vague", "id_appel", "partenaire_id", "motif", "date_orientation",
        "date_limite_rappel", "jours_de_retard", "premier_envoi", "dernier_retour"};
    static final String TOTAL = "TOTAL";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcFeedbackReportDao dao;
    private final PartnerDirectoryService directories;
    private final RaccrochageProperties properties;

    public FeedbackReportService(JdbcFeedbackReportDao dao, PartnerDirectoryService directories, RaccrochageProperties properties) {
        this.dao = dao;
        this.directories = directories;
        this.properties = properties;
    }

    /** The motif of the figures over every motif, in {@link #byMotif}. */
    public static final String ALL_MOTIFS = "ENSEMBLE";

    /**
     * Per wave and partner (sorted), then one total line per wave with a null partner, where each
     * young person counts once (what any partner reported on them).
     */
    public List<PartnerFigures> figures(String waveId) {
        Map<String, Map<String, FeedbackTally>> byPartner = new TreeMap<>();
        Map<String, Map<String, Set<FeedbackStatus>>> byCase = new TreeMap<>();
        for (JdbcFeedbackReportDao.Sent s : dao.sent(waveId)) {
            byPartner.computeIfAbsent(s.waveId(), w -> new TreeMap<>()).computeIfAbsent(s.partnerId(), p -> new FeedbackTally())
                    .add(s.statuses());
            byCase.computeIfAbsent(s.waveId(), w -> new HashMap<>())
                    .computeIfAbsent(s.caseId(), c -> EnumSet.noneOf(FeedbackStatus.class)).addAll(s.statuses());
        }
        PartnerDirectory directory = directories.current();
        List<PartnerFigures> figures = new ArrayList<>();
        byPartner.forEach((wave, partners) -> {
            partners.forEach((partnerId, tally) -> {
                Partner partner = directory.partner(partnerId).orElse(null);
                figures.add(tally.figures(wave, partnerId, partner == null ? null : partner.type().name(),
                        partner == null ? null : partner.nom()));
            });
            FeedbackTally total = new FeedbackTally();
            byCase.get(wave).values().forEach(total::add);
            figures.add(total.figures(wave, null, null, null));
        });
        return figures;
    }

    /**
     * A wave's figures by orientation motif, each young person once per motif, plus
     * {@link #ALL_MOTIFS} (equal to the wave's total in {@link #figures}); the report shows these.
     */
    public Map<String, PartnerFigures> byMotif(String waveId) {
        Map<String, Map<String, Set<FeedbackStatus>>> cases = new TreeMap<>();
        for (JdbcFeedbackReportDao.Sent s : dao.sent(waveId)) {
            for (String motif : List.of(s.motif(), ALL_MOTIFS)) {
                cases.computeIfAbsent(motif, m -> new HashMap<>())
                        .computeIfAbsent(s.caseId(), c -> EnumSet.noneOf(FeedbackStatus.class)).addAll(s.statuses());
            }
        }
        Map<String, PartnerFigures> figures = new TreeMap<>();
        cases.forEach((motif, statuses) -> {
            FeedbackTally tally = new FeedbackTally();
            statuses.values().forEach(tally::add);
            figures.put(motif, tally.figures(waveId, null, null, null));
        });
        return figures;
    }

    /** The figures also as CSV, in the wave's folder (or the outputs folder for every wave). */
    public Path writeFigures(String waveId, List<PartnerFigures> figures) {
        Path target = (waveId == null ? properties.dossierSorties() : properties.waveOutputDirectory(waveId))
                .resolve("bilan-retours.csv");
        ExportFiles.write(target, FIGURES_HEADER, figures.stream().map(f -> new String[] {
            f.waveId(), f.partnerId() == null ? TOTAL : f.partnerId(), f.type(), f.nom(), String.valueOf(f.sent()),
            String.valueOf(f.withFeedback()), String.valueOf(f.contacted()), csvPercent(f.contacted(), f.sent()),
            String.valueOf(f.supported()), csvPercent(f.supported(), f.contacted()), String.valueOf(f.positiveExits()),
            csvPercent(f.positiveExits(), f.contacted()), String.valueOf(f.unreachable()), String.valueOf(f.refused())}).toList());
        return target;
    }

    /** Referrals whose callback deadline is before {@code today} with no contact reported by their partner. */
    public List<OverdueReferral> overdue(String waveId, LocalDate today) {
        return dao.overdue(waveId, today);
    }

    public Path writeOverdue(String waveId, List<OverdueReferral> overdue) {
        Path target = (waveId == null ? properties.dossierSorties() : properties.waveOutputDirectory(waveId))
                .resolve("orientations-en-retard.csv");
        ExportFiles.write(target, OVERDUE_HEADER, overdue.stream().map(o -> new String[] {
            o.waveId(), o.idAppel(), o.partnerId(), o.motif(), o.date().format(FRENCH_DATE), o.deadline().format(FRENCH_DATE),
            String.valueOf(o.daysLate()), o.firstSent() == null ? "non envoyé" : o.firstSent().format(FRENCH_DATE),
            o.lastFeedback()}).toList());
        return target;
    }

    /** A share for a spreadsheet: a number in percent with a decimal comma ("41,0"), empty without a denominator. */
    static String csvPercent(int part, int whole) {
        return whole == 0 ? "" : String.format(Locale.FRANCE, "%.1f", 100.0 * part / whole);
    }

    /** "41,0 %" */
    public static String percent(double share) {
        return String.format(Locale.FRANCE, "%.1f %%", share * 100);
    }
}
