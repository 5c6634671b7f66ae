package fr.raccrochage.ingestion.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each of {@link CodeShapes}' checks accepts exactly what the regular expression it replaced accepted. */
class CodeShapesTest {

    private static final Pattern INE = Pattern.compile("\\d{9}[A-Z]{2}|\\d{10}[A-Z]|\\d{4}A\\d{5}[A-Z]");
    private static final Pattern UAI = Pattern.compile("\\d{7}[A-Z]");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{4,5}");

    // digits, letters at the edges of A-Z, lower case, and characters Java counts as digits or
    // letters that the patterns do not (an Arabic-Indic three, a fullwidth one, an accented E)
    private static final char[] CHARACTERS = "0159AZBYaz@[/: -\u0663\uff11\u00c9".toCharArray();

    private final Random random = new Random(20261202L);

    @Test
    void shouldAcceptExactlyWhatTheIneFormatsAccept() {
        assertAgreement(CodeShapes::ine, INE, "1234567890A", "123456789AB", "1234A56789Z");
    }

    @Test
    void shouldAcceptExactlyWhatTheUaiFormatAccepts() {
        assertAgreement(CodeShapes::uai, UAI, "0751234A", "9999999Z");
    }

    @Test
    void shouldAcceptExactlyWhatThePostalCodeFormatAccepts() {
        assertAgreement(CodeShapes::postalCode, POSTAL_CODE, "75011", "1000");
    }

    private void assertAgreement(Predicate<String> check, Pattern pattern, String... valid) {
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (int run = 0; run < 200_000; run++) {
            String value = run % 2 == 0 ? mutated(valid[random.nextInt(valid.length)]) : randomString();
            boolean expected = pattern.matcher(value).matches();
            if (check.test(value) != expected) {
                disagreements.add(value);
            }
            accepted += expected ? 1 : 0;
        }
        assertThat(disagreements).isEmpty();
        assertThat(List.of(valid)).allMatch(check);
        // the generator must reach the accepted shapes often enough to test them
        assertThat(accepted).isGreaterThan(10_000);
    }

    /** A valid value with up to two characters replaced, one inserted or one removed. */
    private String mutated(String valid) {
        StringBuilder value = new StringBuilder(valid);
        int changes = random.nextInt(3);
        for (int i = 0; i < changes && value.length() > 0; i++) {
            int at = random.nextInt(value.length());
            switch (random.nextInt(4)) {
                case 0 -> value.insert(at, character());
                case 1 -> value.deleteCharAt(at);
                default -> value.setCharAt(at, character());
            }
        }
        return value.toString();
    }

    private String randomString() {
        StringBuilder value = new StringBuilder();
        int length = random.nextInt(13);
        for (int i = 0; i < length; i++) {
            value.append(random.nextInt(3) == 0 ? character() : (char) ('0' + random.nextInt(10)));
        }
        return value.toString();
    }

    private char character() {
        return CHARACTERS[random.nextInt(CHARACTERS.length)];
    }
}
