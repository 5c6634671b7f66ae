package fr.raccrochage.reporting;

import com.samskivert.mustache.Mustache;
import fr.raccrochage.core.FrenchCsvFile;
import fr.raccrochage.sms.Interval;
import fr.raccrochage.sms.SmsEffect;
import fr.raccrochage.sms.SmsEffectService;
import fr.raccrochage.sms.SmsEffectService.SmsFigures;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The report's SMS section (issue 15), apart from the rest of the layout: per wave and across the
 * scope's waves, the contact rate and the attempts per young person reached with and without SMS
 * (control group) with their 95 % intervals, and the messages sent, delivered, failed and STOP.
 * Nothing is shown, and no file written, when the scope prepared no SMS.
 */
@Component
class SmsReportSection {

    static final String CSV = "sms.csv";
    static final String[] HEADER = {"vague", "groupe", "dossiers", "joints", "taux_contact_pct", "ic95_bas_pct",
        "ic95_haut_pct", "tentatives_par_jeune_joint", "ic95_bas", "ic95_haut", "sms_envoyes", "sms_delivres",
        "sms_echecs", "stop"};

    record Row(List<String> cells) {
    }

    private final SmsEffectService sms;

    SmsReportSection(SmsEffectService sms) {
        this.sms = sms;
    }

    SmsFigures figures(List<String> waveIds) {
        return sms.figures(waveIds);
    }

    /** The section's HTML, empty when there is nothing to show. */
    String html(SmsFigures figures) {
        if (!figures.any()) {
            return "";
        }
        List<Row> rows = new ArrayList<>();
        List<SmsEffect> all = new ArrayList<>(figures.waves());
        if (figures.waves().size() > 1) {
            all.add(figures.total());
        }
        for (SmsEffect e : all) {
            rows.add(new Row(List.of(e.scope(), "avec SMS", integer(e.withSms().cases()), rate(e.withSms()),
                    attempts(e.withSms()), integer(e.messages().sent()), integer(e.messages().delivered()),
                    integer(e.messages().failed()), integer(e.messages().stops()))));
            rows.add(new Row(List.of(e.scope(), "sans SMS (témoin)", integer(e.control().cases()), rate(e.control()),
                    attempts(e.control()), "", "", "", "")));
        }
        SmsEffect total = figures.total();
        var in = SmsReportSection.class.getClassLoader().getResourceAsStream("fr/raccrochage/reporting/sms.mustache");
        return Mustache.compiler().defaultValue("").compile(new InputStreamReader(in, StandardCharsets.UTF_8))
                .execute(Map.of("rows", rows, "difference", difference(total)));
    }

    /** Writes {@code sms.csv} beside the report's other tables; empty when there is nothing to write. */
    Optional<Path> writeCsv(SmsFigures figures, Path directory) {
        if (!figures.any()) {
            return Optional.empty();
        }
        List<SmsEffect> all = new ArrayList<>(figures.waves());
        all.add(figures.total());
        Path file = directory.resolve(CSV);
        FrenchCsvFile.write(file, HEADER, csv -> {
            int n = 0;
            for (SmsEffect e : all) {
                csv.writeNext(csvRow(e.scope(), "SMS", e.withSms(), e.messages()), false);
                csv.writeNext(csvRow(e.scope(), "TEMOIN", e.control(), null), false);
                n += 2;
            }
            return n;
        });
        return Optional.of(file);
    }

    private static String[] csvRow(String scope, String group, SmsEffect.Group g, SmsEffect.Messages m) {
        Interval rate = g.contactInterval();
        Interval attempts = g.attemptsInterval();
        return new String[] {scope, group, String.valueOf(g.cases()), String.valueOf(g.reached()),
            FrenchNumbers.csvRate(g.reached(), g.cases()), csvPercent(rate.low()), csvPercent(rate.high()),
            csvDecimal(g.attemptsPerReached()), csvDecimal(attempts.low()), csvDecimal(attempts.high()),
            m == null ? "" : String.valueOf(m.sent()), m == null ? "" : String.valueOf(m.delivered()),
            m == null ? "" : String.valueOf(m.failed()), m == null ? "" : String.valueOf(m.stops())};
    }

    private static String integer(long n) {
        return FrenchNumbers.integer(n);
    }

    private static String rate(SmsEffect.Group g) {
        Interval i = g.contactInterval();
        return FrenchNumbers.percent(g.reached(), g.cases()) + (i.known() ? " (IC 95 % : " + percent(i.low()) + " – "
                + percent(i.high()) + ")" : "");
    }

    private static String attempts(SmsEffect.Group g) {
        if (g.reached() == 0) {
            return FrenchNumbers.NO_RATE;
        }
        Interval i = g.attemptsInterval();
        return decimal(g.attemptsPerReached()) + (i.known() ? " (IC 95 % : " + decimal(i.low()) + " – "
                + decimal(i.high()) + ")" : "");
    }

    private static String difference(SmsEffect e) {
        if (Double.isNaN(e.rateDifference())) {
            return "Pas encore de comparaison possible : il faut des dossiers appelés dans les deux groupes.";
        }
        Interval i = e.difference();
        String verdict = i.low() > 0 ? "les SMS augmentent le taux de contact"
                : i.high() < 0 ? "les SMS diminuent le taux de contact"
                : "l'écart n'est pas significatif à ce stade (l'intervalle contient 0)";
        return "Écart de taux de contact avec SMS moins sans SMS (" + e.scope() + ") : " + points(e.rateDifference())
                + " (IC 95 % : " + points(i.low()) + " à " + points(i.high()) + ") ; " + verdict + ".";
    }

    private static String percent(double ratio) {
        return FrenchNumbers.decimal(BigDecimal.valueOf(ratio * 100)) + FrenchNumbers.SPACE + "%";
    }

    private static String points(double ratio) {
        return FrenchNumbers.decimal(BigDecimal.valueOf(ratio * 100)) + FrenchNumbers.SPACE + "pt";
    }

    private static String decimal(double value) {
        return FrenchNumbers.decimal(BigDecimal.valueOf(value));
    }

    private static String csvPercent(double ratio) {
        return Double.isNaN(ratio) ? "" : BigDecimal.valueOf(ratio * 100).setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString().replace('.', ',');
    }

    private static String csvDecimal(double value) {
        return Double.isNaN(value) ? "" : BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString().replace('.', ',');
    }
}
