package fr.raccrochage.ingestion.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@link PhoneNormalizer}'s short-cut for French numbers (E.164 built by hand,
 * validity and type cached per 5-digit prefix) gives exactly the plain library's verdict.
 */
class PhoneShortcutProofTest {

    private static final PhoneNumberUtil LIBRARY = PhoneNumberUtil.getInstance();

    /** What the library alone says: the E.164 form and type, or "invalid". */
    private record Verdict(String e164, PhoneType type) {
        static final Verdict INVALID = new Verdict(null, null);
    }

    private final PhoneNormalizer normalizer = new PhoneNormalizer();
    private final Random random = new Random(20260611L);

    @Test
    void shouldAgreeWithTheLibraryForEveryFiveDigitPrefixWithSeveralSuffixes() {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (int prefix = 10_000; prefix <= 99_999; prefix++) {
            for (String suffix : suffixes()) {
                String raw = "0" + prefix + suffix;
                if (!shortcut(raw).equals(library(raw))) {
                    disagreements.add(raw + ": " + shortcut(raw) + " vs " + library(raw));
                }
                compared++;
            }
        }

        assertThat(compared).isEqualTo(90_000 * 4);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void shouldAgreeWithTheLibraryForManyWaysOfWritingTheSameNumbers() {
        List<String> disagreements = new ArrayList<>();
        int fast = 0;
        for (int i = 0; i < 3_000; i++) {
            String national = String.valueOf(100_000_000 + random.nextInt(900_000_000));
            for (String raw : writtenVariants(national)) {
                if (FrenchNumberShape.nationalNumber(raw) != null) {
                    fast++;
                }
                if (!normalized(raw).equals(library(raw))) {
                    disagreements.add("[" + raw + "]: " + normalized(raw) + " vs " + library(raw));
                }
            }
        }

        assertThat(disagreements).isEmpty();
        assertThat(fast).as("variants taking the fast path").isGreaterThan(3_000 * 10);
    }

    @Test
    void shouldAgreeWithTheLibraryForUnusualShapes() {
        List<String> raws = List.of("33 6 12 34 56 78", "06 12 34 56 78 poste 12", "tél. 06 12 34 56 78",
                "0612345678 / 0123456789", "06 12 34 56 78 9", "+33 6 12 34 56 7", "+330 6 12 34 56 78",
                "00 33 6 12 34 56 78", "+33 00 6 12 34 56 78", "06\t12\t34\t56\t78", "+32 470 12 34 56",
                "0032 2 123 45 67", "+262 692 12 34 56", "0692 12 34 56", "+33 6 12 34 56 78 ext. 2",
                "＋33 6 12 34 56 78", "０６１２３４５６７８", "06 12 34 56 78 +", "0 6 1 2 3 4 5 6 7 8");
        for (String raw : raws) {
            assertThat(normalized(raw)).as(raw).isEqualTo(library(raw));
        }
    }

    @Test
    void shouldGiveTheLibraryVerdictWhateverTheThreadThatFillsTheCache() throws Exception {
        List<String> raws = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            raws.add("0" + (100_000_000 + random.nextInt(900_000_000)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Verdict>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> raws.stream().map(this::normalized).toList()));
            }
            List<Verdict> expected = raws.stream().map(PhoneShortcutProofTest::library).toList();
            for (Future<List<Verdict>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldNeedFiveDigitsBecauseFourDoNotDecideTheLibrarysVerdict() {
        // 836 0[0-36-9] are premium-rate numbers, 83604 and 83605 are not numbers at all.
        assertThat(library("0836001234")).isNotEqualTo(Verdict.INVALID);
        assertThat(library("0836041234")).isEqualTo(Verdict.INVALID);
        assertThat(FrenchPrefixVerdicts.PREFIX_LENGTH).isEqualTo(5);
    }

    private List<String> suffixes() {
        return List.of("0000", "9999", fourDigits(), fourDigits());
    }

    private String fourDigits() {
        return String.format("%04d", random.nextInt(10_000));
    }

    private List<String> writtenVariants(String national) {
        String pairs = national.charAt(0) + " " + national.substring(1).replaceAll("(\\d\\d)(?=\\d)", "$1 ");
        String grouped = "0" + pairs;
        List<String> variants = new ArrayList<>(List.of(
                "0" + national, national, "+33" + national, "0033" + national, "+330" + national,
                "00330" + national, grouped, grouped.replace(' ', '.'), grouped.replace(' ', '-'),
                grouped.replace(' ', '/'), grouped.replace(' ', '\u00a0'), "+33 " + pairs,
                "+33 (0)" + pairs, "0033 " + pairs, "0033 (0)" + pairs, "(0)" + pairs, "(+33) " + pairs,
                " " + grouped + " ", "+33 " + national, "+ 33 " + pairs));
        variants.add(withRandomSeparators("0" + national));
        variants.add(withRandomSeparators("+33" + national));
        return variants;
    }

    private String withRandomSeparators(String digits) {
        String separators = " .-/()\u00a0";
        StringBuilder written = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (random.nextInt(3) == 0) {
                written.append(separators.charAt(random.nextInt(separators.length())));
            }
            written.append(c);
        }
        return written.toString();
    }

    private Verdict normalized(String raw) {
        try {
            return normalizer.normalize(raw).map(p -> new Verdict(p.e164(), p.type())).orElseThrow();
        } catch (InvalidValueException e) {
            return Verdict.INVALID;
        }
    }

    private Verdict shortcut(String raw) {
        assertThat(FrenchNumberShape.nationalNumber(raw)).as("fast path for " + raw).isNotNull();
        return normalized(raw);
    }

    private static Verdict library(String raw) {
        try {
            PhoneNumber number = LIBRARY.parse(raw, "FR");
            if (!LIBRARY.isValidNumber(number)) {
                return Verdict.INVALID;
            }
            return new Verdict(LIBRARY.format(number, PhoneNumberFormat.E164), type(number));
        } catch (NumberParseException e) {
            return Verdict.INVALID;
        }
    }

    private static PhoneType type(PhoneNumber number) {
        return switch (LIBRARY.getNumberType(number)) {
            case MOBILE -> PhoneType.MOBILE;
            case FIXED_LINE, FIXED_LINE_OR_MOBILE -> PhoneType.FIXE;
            default -> PhoneType.AUTRE;
        };
    }
}
