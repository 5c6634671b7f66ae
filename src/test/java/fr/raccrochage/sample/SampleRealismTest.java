package fr.raccrochage.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import fr.raccrochage.sample.GeneratedSample.DataRecord;
import fr.raccrochage.sample.GeneratedSample.TruthRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleRealismTest {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    @TempDir
    static Path shared;

    private static GeneratedSample sample;
    private static List<DataRecord> originals;
    private static Set<String> idfPostalCodes;
    private static Set<String> idfCodes;
    private static Set<String> otherPostalCodes;

    @BeforeAll
    static void generateSample() throws IOException {
        sample = GeneratedSample.generate(shared.resolve("sample"), 2000, 99L);
        originals = sample.truth(SieiSampleGenerator.ORIGINAL).stream().map(sample::record).toList();
        idfPostalCodes = new HashSet<>();
        idfCodes = new HashSet<>();
        otherPostalCodes = new HashSet<>();
        List<String> lines = Resources.rawLines(Geography.COMMUNES);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = Resources.fields(line);
            Set<String> target = f[5].equals("11") ? idfPostalCodes : otherPostalCodes;
            if (!f[6].isEmpty()) {
                target.addAll(List.of(f[6].split("\\|")));
            }
            if (f[5].equals("11")) {
                idfCodes.add(f[0]);
            }
        }
    }

    @Test
    void shouldGiveAgesFrom16To25MostlyUnder20() {
        List<Integer> ages = originals.stream()
                .map(r -> Period.between(r.birthDate(), GeneratedSample.REFERENCE_DATE).getYears()).toList();

        assertThat(ages).allSatisfy(age -> assertThat(age).isBetween(16, 25));
        assertThat(ages.stream().filter(age -> age <= 19).count()).isGreaterThan(ages.size() * 75L / 100);
        assertThat(ages).contains(16, 17, 18, 19, 20, 23);
    }

    @Test
    void shouldWriteSexAndDatesInTheFormatsOfTheContract() {
        assertThat(sample.records.values()).extracting(r -> r.get(SieiColumn.SEXE))
                .containsOnly("M", "F", "H", "G", "1", "2").contains("M", "F", "H", "G", "1", "2");
        Map<String, Long> enSexes = sample.records.values().stream().filter(r -> r.file().equals(SieiSampleGenerator.EN_FILE))
                .collect(Collectors.groupingBy(r -> r.get(SieiColumn.SEXE), Collectors.counting()));
        assertThat(enSexes.get("M") + enSexes.get("F")).isGreaterThan(enSexes.values().stream().mapToLong(l -> l).sum() * 8 / 10);
        assertThat(originals).extracting(r -> r.get(SieiColumn.DATE_NAISSANCE))
                .anyMatch(d -> d.matches("\\d{2}/\\d{2}/\\d{4}")).anyMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(originals).allSatisfy(r -> assertThat(GeneratedSample.date(r.get(SieiColumn.DATE_SORTIE)))
                .isNotNull().isBefore(GeneratedSample.REFERENCE_DATE));
    }

    @Test
    void shouldWriteInesOfTheThreeFormatsAndLeaveSomeEmpty() {
        List<String> ines = originals.stream().map(r -> r.get(SieiColumn.INE)).toList();

        assertThat(ines).allSatisfy(ine -> assertThat(ine).matches("|\\d{9}[A-Z]{2}|\\d{10}[A-Z]|\\d{4}A\\d{5}[A-Z]"));
        assertThat(ines).anyMatch(i -> i.matches("\\d{9}[A-Z]{2}")).anyMatch(i -> i.matches("\\d{10}[A-Z]"))
                .anyMatch(i -> i.matches("\\d{4}A\\d{5}[A-Z]"));
        assertThat(ines.stream().filter(String::isEmpty).count()).isBetween(120L, 290L);
        assertThat(originals).filteredOn(r -> r.get(SieiColumn.INE).matches("\\d{4}A\\d{5}[A-Z]"))
                .allSatisfy(r -> {
                    assertThat(r.file()).isEqualTo(SieiSampleGenerator.CFA_FILE);
                    assertThat(Integer.parseInt(r.get(SieiColumn.INE).substring(0, 4)))
                            .isLessThanOrEqualTo(GeneratedSample.REFERENCE_DATE.getYear());
                });
        assertThat(originals).extracting(r -> r.get(SieiColumn.UAI)).allMatch(u -> u.matches("\\d{7}[A-Z]"));
    }

    @Test
    void shouldWriteValidFrenchPhonesExceptTheDeliberatelyInvalidOnes() {
        for (DataRecord record : sample.records.values()) {
            for (SieiColumn column : List.of(SieiColumn.RESP1_TEL, SieiColumn.RESP2_TEL)) {
                String phone = record.get(column);
                assertThat(phone.isEmpty() || valid(phone)).as(column + " " + phone).isTrue();
            }
        }
        List<TruthRow> rows = sample.truth(SieiSampleGenerator.ORIGINAL);
        int missing = 0;
        int invalid = 0;
        for (TruthRow row : rows) {
            String phone = sample.record(row).get(SieiColumn.TEL_JEUNE);
            if (row.has("TEL_INVALIDE")) {
                assertThat(valid(phone)).as(phone).isFalse();
                invalid++;
            } else if (phone.isEmpty()) {
                missing++;
            } else {
                assertThat(valid(phone)).as(phone).isTrue();
                assertThat(PHONES.getNumberType(parse(phone))).isEqualTo(PhoneNumberUtil.PhoneNumberType.MOBILE);
            }
        }
        assertThat(missing).isBetween(50, 160);
        assertThat(invalid).isBetween(15, 70);
        List<String> written = sample.records.values().stream().map(r -> r.get(SieiColumn.TEL_JEUNE)).toList();
        assertThat(written).anyMatch(p -> p.matches("0[67]( \\d\\d){4}")).anyMatch(p -> p.startsWith("+33 "))
                .anyMatch(p -> p.startsWith("0033")).anyMatch(p -> p.matches("0[67](\\.\\d\\d){4}"))
                .anyMatch(p -> p.matches("[67]\\d{8}")).anyMatch(p -> p.matches("0[67](-\\d\\d){4}"));
        assertThat(sample.records.values()).extracting(r -> r.get(SieiColumn.RESP1_TEL))
                .anyMatch(p -> p.replaceAll("\\D", "").matches("(0|33|0033)1\\d{8}"));
    }

    @Test
    void shouldResideInIleDeFranceExceptAFewOutOfRegionOrUnknownPlaces() {
        List<TruthRow> rows = sample.truth(SieiSampleGenerator.ORIGINAL);
        for (TruthRow row : rows) {
            DataRecord record = sample.record(row);
            String postalCode = record.get(SieiColumn.CODE_POSTAL);
            if (row.has("ADRESSE_RESP_SEULE")) {
                assertThat(postalCode).isEmpty();
                assertThat(record.get(SieiColumn.RESP1_CODE_POSTAL)).isNotEmpty();
            } else if (row.has("HORS_REGION")) {
                assertThat(otherPostalCodes).contains(postalCode);
            } else if (row.has("COMMUNE_INCONNUE")) {
                assertThat(idfPostalCodes).doesNotContain(postalCode);
                assertThat(otherPostalCodes).doesNotContain(postalCode);
                assertThat(record.get(SieiColumn.CODE_COMMUNE)).isEmpty();
            } else {
                assertThat(idfPostalCodes).as(record.toString()).contains(postalCode);
                String code = record.get(SieiColumn.CODE_COMMUNE);
                assertThat(code.isEmpty() || idfCodes.contains(code)).as(code).isTrue();
            }
        }
        assertThat(rows).anyMatch(r -> r.has("HORS_REGION")).anyMatch(r -> r.has("COMMUNE_INCONNUE"))
                .anyMatch(r -> r.has("ANCIENNE_COMMUNE")).anyMatch(r -> r.has("ADRESSE_RESP_SEULE"));
        long outside = rows.stream().filter(r -> r.has("HORS_REGION") || r.has("COMMUNE_INCONNUE")).count();
        assertThat(outside).isLessThan(rows.size() * 4L / 100);
    }

    @Test
    void shouldWriteCommunesTheManyWaysSourcesDo() {
        List<String> communes = sample.records.values().stream().map(r -> r.get(SieiColumn.COMMUNE)).toList();

        assertThat(communes).anyMatch(c -> c.matches("PARIS \\d{1,2}")).anyMatch(c -> c.matches("PARIS \\d{1,2}E"))
                .anyMatch(c -> c.matches("Paris \\d{1,2}e(r)?")).anyMatch(c -> c.startsWith("ST ") || c.contains(" ST "))
                .anyMatch(c -> c.contains("-") && !Texts.isAscii(c)).anyMatch(c -> c.equals(c.toUpperCase())
                        && c.contains(" ") && !c.contains("-"));
        assertThat(sample.records.values()).filteredOn(r -> r.get(SieiColumn.COMMUNE).toUpperCase().startsWith("PARIS"))
                .allSatisfy(r -> assertThat(r.get(SieiColumn.CODE_POSTAL)).matches("75(0\\d\\d|116)"))
                .anyMatch(r -> r.get(SieiColumn.CODE_COMMUNE).matches("751\\d\\d"));
        assertThat(sample.records.values()).extracting(r -> r.get(SieiColumn.CODE_COMMUNE))
                .contains("").anyMatch(c -> !c.isEmpty());
    }

    @Test
    void shouldGiveFamiliesGuardiansOfTheirOwn() {
        Predicate<DataRecord> sameName = r -> GeneratedSample.key(r.get(SieiColumn.RESP1_NOM))
                .equals(GeneratedSample.key(r.get(SieiColumn.NOM)));
        long resp1SameName = originals.stream().filter(sameName).count();
        long noResp2 = originals.stream().filter(r -> r.get(SieiColumn.RESP2_NOM).isEmpty()).count();
        long resp2Elsewhere = originals.stream().filter(r -> !r.get(SieiColumn.RESP2_CODE_POSTAL).isEmpty()
                && !r.get(SieiColumn.RESP2_ADRESSE).equals(r.get(SieiColumn.RESP1_ADRESSE))
                && !r.get(SieiColumn.RESP1_ADRESSE).isEmpty()).count();

        assertThat(resp1SameName).isBetween(originals.size() * 50L / 100, originals.size() * 95L / 100);
        assertThat(noResp2).isBetween(originals.size() * 10L / 100, originals.size() * 40L / 100);
        assertThat(resp2Elsewhere).isPositive();
        assertThat(originals).allSatisfy(r -> assertThat(r.get(SieiColumn.RESP1_NOM)).isNotEmpty());
    }

    @Test
    void shouldUseNamesOfManyOriginsAndSeveralFirstNamesSometimes() {
        Set<String> lastNames = originals.stream().map(r -> GeneratedSample.key(r.get(SieiColumn.NOM)))
                .collect(Collectors.toSet());
        List<String> firstNames = originals.stream().map(r -> r.get(SieiColumn.PRENOM)).toList();

        assertThat(lastNames).hasSizeGreaterThan(150)
                .contains("MARTIN", "DA SILVA", "N DIAYE", "NGUYEN", "YILMAZ", "BEN ALI", "TRAORE");
        assertThat(firstNames).anyMatch(f -> f.contains(", ")).anyMatch(f -> f.matches("\\p{L}+ \\p{L}+"))
                .anyMatch(f -> f.contains("-")).anyMatch(f -> !Texts.isAscii(f));
        assertThat(sample.records.values()).extracting(r -> r.get(SieiColumn.EMAIL_JEUNE))
                .allMatch(e -> e.isEmpty() || e.matches("[a-z0-9._-]+@[a-z]+\\.example")).contains("");
    }

    @Test
    void shouldListKnownCasesWithPartnersOfTheSampleDirectory() throws IOException {
        List<String[]> known = GeneratedSample.rows(
                Files.readString(sample.directory.resolve(SieiSampleGenerator.KNOWN_FILE)), ';');
        List<String[]> truth = GeneratedSample.rows(
                Files.readString(sample.directory.resolve(SieiSampleGenerator.KNOWN_TRUTH_FILE)), ';');
        Map<String, String> partnerTypes = Resources.rawLines(Geography.PARTNERS).stream().skip(1)
                .map(Resources::fields).collect(Collectors.toMap(f -> f[0], f -> f[1], (a, b) -> a));

        assertThat(known).hasSizeBetween(40, 110);
        assertThat(known).extracting(k -> k[5]).contains("SUIVI", "EN_SOLUTION", "OPPOSITION");
        assertThat(known).allSatisfy(k -> {
            assertThat(k).hasSize(7);
            assertThat(partnerTypes).containsKey(k[4]);
            if (k[5].equals("SUIVI")) {
                assertThat(partnerTypes.get(k[4])).isEqualTo("MISSION_LOCALE");
                assertThat(k[4]).startsWith("ML-");
            }
            LocalDate date = GeneratedSample.date(k[6]);
            assertThat(date).isNotNull().isBeforeOrEqualTo(GeneratedSample.REFERENCE_DATE);
        });
        assertThat(known).anyMatch(k -> k[0].isEmpty()).anyMatch(k -> !k[0].isEmpty());
        assertThat(truth).anyMatch(t -> t[1].isEmpty()).anyMatch(t -> !t[1].isEmpty());
    }

    private static boolean valid(String raw) {
        try {
            return PHONES.isValidNumber(PHONES.parse(raw, "FR"));
        } catch (NumberParseException e) {
            return false;
        }
    }

    private static com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parse(String raw) {
        try {
            return PHONES.parse(raw, "FR");
        } catch (NumberParseException e) {
            throw new AssertionError(raw, e);
        }
    }
}
