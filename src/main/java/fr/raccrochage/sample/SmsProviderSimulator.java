package fr.raccrochage.sample;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import fr.raccrochage.core.FrenchCsvFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        for (String[] row : read(batch)) {
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
        FrenchCsvFile.write(returns, HEADER, csv -> {
            lines.forEach(l -> csv.writeNext(l, false));
            return lines.size();
        });
        return lines.size();
    }

    private static List<String[]> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new CSVParserBuilder().withSeparator(';').build())
                        .withSkipLines(1).build()) {
            List<String[]> rows = new ArrayList<>();
            String[] row;
            while ((row = csv.readNext()) != null) {
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvValidationException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
