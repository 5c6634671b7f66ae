package fr.raccrochage.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link QuoteFreeLineParser} gives what opencsv's RFC 4180 parser gives, line after line. */
class QuoteFreeLineParserTest {

    private static final String[] PIECES = {"", "a", "Dupont", " ", "  x ", "é", "\t", ";", ";", ",", ",", "\"", "\"\"",
        "\"a;b\"", "0612345678", "\\", "'"};

    private final Random random = new Random(20261202L);

    @Test
    void shouldSplitEveryLineAsTheLibraryDoesWithQuotesSeparatorsAndOpenFieldsMixed() throws IOException {
        for (char separator : new char[] {';', ',', '\t'}) {
            ICSVParser library = new RFC4180ParserBuilder().withSeparator(separator).build();
            ICSVParser ours = new QuoteFreeLineParser(separator);
            List<String> disagreements = new ArrayList<>();
            for (int run = 0; run < 100_000; run++) {
                String line = line();
                String expected = Arrays.toString(library.parseLineMulti(line)) + library.isPending();
                String actual = Arrays.toString(ours.parseLineMulti(line)) + ours.isPending();
                if (!actual.equals(expected)) {
                    disagreements.add(line + " -> " + actual + " instead of " + expected);
                }
            }
            assertThat(disagreements).as("separator " + separator).isEmpty();
        }
    }

    @Test
    void shouldSplitAQuoteFreeLineKeepingEmptyAndSpacedCells() throws IOException {
        assertThat(new QuoteFreeLineParser(';').parseLineMulti(";Dupont; Léa ;;"))
                .containsExactly("", "Dupont", " Léa ", "", "");
    }

    /** Lines of pieces that may open or close quotes, so that some continue on the next line. */
    private String line() {
        StringBuilder line = new StringBuilder();
        int length = random.nextInt(8);
        boolean quoteFree = random.nextInt(3) > 0;
        for (int i = 0; i < length; i++) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            if (!(quoteFree && piece.contains("\""))) {
                line.append(piece);
            }
        }
        return line.toString();
    }
}
