package fr.raccrochage.sample;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic SMS provider, for the demo and the tests: reads a batch file written by
 * {@code sms preparer} and writes the returns a provider would send back: a delivery report per
 * message (mostly delivered, some failed, a few unknown numbers) and a few replies, STOP among them,
 * in any case and spacing as real people type it. Deterministic: the draws depend only on (seed,
 * reference). No real data.
 */
public final class SmsProviderSimulator {

    public static final String[] HEADER = {"REFERENCE", "NUMERO", "TYPE", "STATUT", "DATE", "TEXTE"};
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String[] STOPS = {"STOP", "stop", "Stop", " S T O P ", "Stop !"};
    private static final String[] REPLIES = {"Merci", "C'est qui ?", "Ok merci, je suis déjà en formation"};

    private final long seed;

    public SmsProviderSimulator(long seed) {
        this.seed = seed;
    }

    /** Writes the returns of the batch's messages; returns how many lines it wrote. */
    public int simulate(Path batch, Path returns) {
        List<String[]> lines = new ArrayList<>();
        for (String[] row : SimulatorFiles.dataRows(batch)) {
            String reference = row[0];
            String number = row[1];
            OffsetDateTime sent = OffsetDateTime.parse(row[3]);
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + reference.hashCode());
            double u = random.nextDouble();
            String status = u < 0.90 ? "DELIVRE" : u < 0.96 ? "ECHEC" : "NUMERO_INCONNU";
            lines.add(new String[] {reference, number, "ACCUSE", status,
                FRENCH.format(sent.plusMinutes(1 + random.nextInt(5)).toLocalDateTime()), ""});
            double reply = random.nextDouble();
            if (status.equals("DELIVRE") && reply < 0.08) {
                String text = reply < 0.05 ? STOPS[random.nextInt(STOPS.length)] : REPLIES[random.nextInt(REPLIES.length)];
                lines.add(new String[] {reference, number, "REPONSE", "",
                    FRENCH.format(sent.plusMinutes(10 + random.nextInt(120)).toLocalDateTime()), text});
            }
        }
        return SimulatorFiles.write(returns, HEADER, lines);
    }
}
