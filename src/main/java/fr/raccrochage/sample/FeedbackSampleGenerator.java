package fr.raccrochage.sample;

import fr.raccrochage.core.FrenchCsvFile;
import fr.raccrochage.core.inbound.InboundColumn;
import fr.raccrochage.partners.FeedbackImportService;
import fr.raccrochage.partners.FeedbackStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Synthetic partners' feedback for the demo and the tests, seeded: for every young person sent
 * in a wave, what the partner reports, drawn with the public record's rates (41% contacted; of
 * those, 59% supported, 37% with a positive exit; the others mostly unreachable).
 */
@Component
public class FeedbackSampleGenerator {

    /** One young person sent to one partner, on a day. */
    public record Sent(String idAppel, String partnerId, LocalDate sentOn) {
    }

    static final double CONTACTED = 0.41;
    static final double SUPPORTED_OF_CONTACTED = 0.59;
    static final double POSITIVE_OF_CONTACTED = 0.37;
    static final double UNREACHABLE_OF_OTHERS = 0.6;
    static final double REFUSED_OF_OTHERS = 0.1;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcFeedbackSampleDao dao;

    FeedbackSampleGenerator(JdbcFeedbackSampleDao dao) {
        this.dao = dao;
    }

    /** Writes a feedback file for the wave's exported young people; returns the number of lines. */
    public int write(String waveId, long seed, LocalDate today, Path target) {
        List<Sent> sent = dao.sent(waveId);
        List<String[]> lines = lines(sent, seed, today);
        FrenchCsvFile.write(target, FeedbackImportService.COLUMNS.stream().map(InboundColumn::name)
                .toArray(String[]::new), csv -> {
                    lines.forEach(l -> csv.writeNext(l, false));
                    return lines.size();
                });
        return lines.size();
    }

    /** The feedback lines ({@code ID_APPEL;PARTENAIRE_ID;STATUT;DATE}); the same seed gives the same lines. */
    public static List<String[]> lines(List<Sent> sent, long seed, LocalDate today) {
        Random random = new Random(seed);
        List<String[]> lines = new ArrayList<>();
        for (Sent s : sent) {
            double draw = random.nextDouble();
            LocalDate day = s.sentOn().plusDays(1 + random.nextInt(10));
            if (draw < CONTACTED) {
                double outcome = random.nextDouble();
                lines.add(line(s, FeedbackStatus.CONTACTE, day, today));
                if (outcome < SUPPORTED_OF_CONTACTED) {
                    lines.add(line(s, FeedbackStatus.ACCOMPAGNE, day.plusDays(7), today));
                }
                // Positive exits are a subset of the supported (37% of contacted, within the 59%).
                if (outcome < POSITIVE_OF_CONTACTED) {
                    lines.add(line(s, FeedbackStatus.SORTIE_POSITIVE, day.plusDays(30), today));
                }
            } else {
                double other = (draw - CONTACTED) / (1 - CONTACTED);
                if (other < UNREACHABLE_OF_OTHERS) {
                    lines.add(line(s, FeedbackStatus.INJOIGNABLE, day, today));
                } else if (other < UNREACHABLE_OF_OTHERS + REFUSED_OF_OTHERS) {
                    lines.add(line(s, FeedbackStatus.REFUS, day, today));
                }
            }
        }
        return lines;
    }

    private static String[] line(Sent s, FeedbackStatus status, LocalDate day, LocalDate today) {
        LocalDate date = day.isAfter(today) ? today : day;
        return new String[] {s.idAppel(), s.partnerId(), status.name(), date.format(FRENCH_DATE)};
    }

}
