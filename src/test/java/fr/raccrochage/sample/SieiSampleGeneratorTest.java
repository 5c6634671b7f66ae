package fr.raccrochage.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.raccrochage.sample.GeneratedSample.DataRecord;
import fr.raccrochage.sample.GeneratedSample.TruthRow;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SieiSampleGeneratorTest {

    private static final String EN = SieiSampleGenerator.EN_FILE;
    private static final String CFA = SieiSampleGenerator.CFA_FILE;

    @TempDir
    static Path shared;

    private static GeneratedSample sample;

    @BeforeAll
    static void generateSample() throws IOException {
        sample = GeneratedSample.generate(shared.resolve("sample"), 2000, 2026L);
    }

    @Test
    void shouldWriteByteIdenticalFilesForTheSameSeedAndPersons(@TempDir Path dir) throws IOException {
        SampleReport first = generate(dir.resolve("a"), 400, 7L);
        SampleReport second = generate(dir.resolve("b"), 400, 7L);

        assertThat(first.files()).hasSize(5);
        for (int i = 0; i < first.files().size(); i++) {
            assertThat(Files.readAllBytes(second.files().get(i)))
                    .as(first.files().get(i).getFileName().toString())
                    .isEqualTo(Files.readAllBytes(first.files().get(i)));
        }
        assertThat(second).usingRecursiveComparison().ignoringFields("files").isEqualTo(first);
    }

    @Test
    void shouldWriteDifferentFilesForAnotherSeed(@TempDir Path dir) throws IOException {
        SampleReport first = generate(dir.resolve("a"), 400, 7L);
        SampleReport other = generate(dir.resolve("b"), 400, 8L);

        assertThat(Files.readAllBytes(other.files().get(0))).isNotEqualTo(Files.readAllBytes(first.files().get(0)));
        assertThat(Files.readAllBytes(other.files().get(1))).isNotEqualTo(Files.readAllBytes(first.files().get(1)));
    }

    @Test
    void shouldWriteTheEnFileInUtf8WithBomSemicolonsAndCrlf() throws IOException {
        byte[] bytes = Files.readAllBytes(sample.directory.resolve(EN));

        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = strictDecode(bytes, StandardCharsets.UTF_8);
        assertThat(text.substring(1)).startsWith(String.join(";", SieiSampleGenerator.EN_HEADERS) + "\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(sample.enHeader).containsExactlyElementsOf(SieiSampleGenerator.EN_HEADERS);
        assertThat(text).contains("É", "é", "è", "ï");
    }

    @Test
    void shouldWriteTheCfaFileInWindows1252WithCommasAndLf() throws IOException {
        byte[] bytes = Files.readAllBytes(sample.directory.resolve(CFA));

        assertThatThrownBy(() -> strictDecode(bytes, StandardCharsets.UTF_8))
                .isInstanceOf(CharacterCodingException.class);
        String text = strictDecode(bytes, Charset.forName("windows-1252"));
        assertThat(text).startsWith(String.join(",", SieiSampleGenerator.CFA_HEADERS) + "\n");
        assertThat(text).doesNotContain("\r", "Ã©", "Ã¨", "Ã«");
        assertThat(sample.cfaHeader).containsExactlyElementsOf(SieiSampleGenerator.CFA_HEADERS)
                .contains("Nom", "Prénom(s)", "Date de naissance", "Tél. jeune", "Nom resp. 1", "Observation");
        List<String> accentedNames = ResourceListsTest.firstNames().stream()
                .filter(name -> !Texts.isAscii(name)).toList();
        long accentedNamesWritten = sample.records.values().stream()
                .filter(r -> r.file().equals(CFA))
                .filter(r -> accentedNames.contains(r.get(SieiColumn.PRENOM)))
                .count();
        assertThat(accentedNamesWritten).isPositive();
    }

    @Test
    void shouldQuoteCommasQuotesAndLineBreaksInTheCfaFile() throws IOException {
        String text = Files.readString(sample.directory.resolve(CFA), Charset.forName("windows-1252"));

        assertThat(text).contains("\"\"");
        List<DataRecord> cfa = sample.records.values().stream().filter(r -> r.file().equals(CFA)).toList();
        assertThat(cfa).anySatisfy(r -> assertThat(r.get(SieiColumn.ADRESSE)).contains("\n"));
        assertThat(cfa).anySatisfy(r -> assertThat(r.observation()).contains("\""));
        assertThat(cfa).anySatisfy(r -> assertThat(r.get(SieiColumn.FORMATION)).contains(","));
    }

    @Test
    void shouldPointTruthLinesAtTheStartOfEachRecord() {
        assertThat(sample.truth).hasSize(sample.records.size());
        for (TruthRow row : sample.truth) {
            assertThat(sample.record(row)).as(row.toString()).isNotNull();
        }
        long cfaRecords = sample.records.values().stream().filter(r -> r.file().equals(CFA)).count();
        long multiline = sample.records.values().stream()
                .filter(r -> r.values().values().stream().anyMatch(v -> v.contains("\n"))).count();
        assertThat(multiline).isPositive();
        assertThat(sample.truth.stream().filter(t -> t.file().equals(CFA)).mapToLong(TruthRow::line).max()
                .orElseThrow()).isGreaterThanOrEqualTo(cfaRecords + multiline);
    }

    @Test
    void shouldPointOriginalTruthLinesAtTheRecordOfThatPerson() throws IOException {
        Map<String, TruthRow> originals = new HashMap<>();
        sample.truth(SieiSampleGenerator.ORIGINAL).forEach(t -> originals.put(t.personId(), t));
        List<String[]> known = GeneratedSample.rows(
                Files.readString(sample.directory.resolve(SieiSampleGenerator.KNOWN_FILE)), ';');
        List<String[]> knownTruth = GeneratedSample.rows(
                Files.readString(sample.directory.resolve(SieiSampleGenerator.KNOWN_TRUTH_FILE)), ';');
        assertThat(knownTruth).hasSameSizeAs(known);

        int checked = 0;
        for (String[] truthRow : knownTruth) {
            String[] knownRow = known.get(Integer.parseInt(truthRow[0]) - 2);
            if (truthRow[1].isEmpty()) {
                continue;
            }
            DataRecord record = sample.record(originals.get(truthRow[1]));
            assertThat(GeneratedSample.key(record.get(SieiColumn.NOM))).isEqualTo(GeneratedSample.key(knownRow[1]));
            assertThat(GeneratedSample.key(record.get(SieiColumn.PRENOM)))
                    .startsWith(GeneratedSample.key(knownRow[2]));
            assertThat(record.birthDate()).isEqualTo(GeneratedSample.date(knownRow[3]));
            checked++;
        }
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void shouldCountInTheReportWhatTheFilesHold() {
        SampleReport report = sample.report;

        assertThat(report.files()).extracting(p -> p.getFileName().toString())
                .containsExactly(EN, CFA, SieiSampleGenerator.TRUTH_FILE, SieiSampleGenerator.KNOWN_FILE,
                        SieiSampleGenerator.KNOWN_TRUTH_FILE);
        assertThat(report.persons()).isEqualTo(2000);
        assertThat(report.records()).isEqualTo(sample.records.size());
        assertThat(report.duplicateRecords()).isEqualTo(sample.truth(SieiSampleGenerator.DOUBLON).size());
        assertThat(report.badLines()).isEqualTo(sample.truth(SieiSampleGenerator.LIGNE_INVALIDE).size());
        assertThat(sample.truth(SieiSampleGenerator.ORIGINAL)).hasSize(2000)
                .extracting(TruthRow::personId).doesNotHaveDuplicates();
        assertThat(report.records()).isEqualTo(report.persons() + report.duplicateRecords() + report.badLines());
    }

    @Test
    void shouldPutAboutAQuarterOfTheRecordsInTheCfaFile() {
        long cfa = sample.records.values().stream().filter(r -> r.file().equals(CFA)).count();

        assertThat((double) cfa / sample.records.size()).isBetween(0.18, 0.33);
        assertThat(sample.records.values()).filteredOn(r -> r.file().equals(CFA))
                .extracting(r -> r.get(SieiColumn.SOURCE)).containsOnly("CFA", "AGRI").contains("AGRI");
        assertThat(sample.records.values()).filteredOn(r -> r.file().equals(EN))
                .extracting(r -> r.get(SieiColumn.SOURCE)).containsOnly("EN");
    }

    @Test
    void shouldContainTwinsBornTheSameDayWithDifferentFirstNames() {
        Map<String, List<TruthRow>> twins = sample.originalsByFamily("JUMEAU");

        assertThat(twins).isNotEmpty();
        twins.values().forEach(pair -> {
            assertThat(pair).hasSize(2);
            DataRecord one = sample.record(pair.get(0));
            DataRecord two = sample.record(pair.get(1));
            assertThat(one.birthDate()).isEqualTo(two.birthDate());
            assertThat(GeneratedSample.key(one.get(SieiColumn.NOM))).isEqualTo(GeneratedSample.key(two.get(SieiColumn.NOM)));
            assertThat(firstKey(one)).isNotEqualTo(firstKey(two));
            assertThat(GeneratedSample.key(one.get(SieiColumn.RESP1_NOM)))
                    .isEqualTo(GeneratedSample.key(two.get(SieiColumn.RESP1_NOM)));
        });
    }

    @Test
    void shouldContainSiblingsBornAtLeastTenMonthsApart() {
        Map<String, List<TruthRow>> families = sample.originalsByFamily("FRATRIE");

        assertThat(families).isNotEmpty();
        families.values().forEach(siblings -> {
            assertThat(siblings).hasSizeBetween(2, 3);
            List<LocalDate> births = new ArrayList<>();
            for (TruthRow row : siblings) {
                births.add(sample.record(row).birthDate());
            }
            births.sort(null);
            for (int i = 1; i < births.size(); i++) {
                assertThat(births.get(i - 1).plusMonths(10)).isBeforeOrEqualTo(births.get(i));
            }
            assertThat(siblings).extracting(t -> firstKey(sample.record(t))).doesNotHaveDuplicates();
            assertThat(siblings).extracting(t -> GeneratedSample.key(sample.record(t).get(SieiColumn.RESP1_PRENOM)))
                    .containsOnly(GeneratedSample.key(sample.record(siblings.get(0)).get(SieiColumn.RESP1_PRENOM)));
        });
    }

    @Test
    void shouldContainHomonymsFromDifferentFamilies() {
        List<TruthRow> homonyms = sample.truth(SieiSampleGenerator.ORIGINAL).stream()
                .filter(t -> t.has("HOMONYME")).toList();

        assertThat(homonyms).hasSizeGreaterThanOrEqualTo(2);
        Map<String, List<TruthRow>> byIdentity = new HashMap<>();
        for (TruthRow row : homonyms) {
            DataRecord record = sample.record(row);
            byIdentity.computeIfAbsent(GeneratedSample.key(record.get(SieiColumn.NOM)) + "/" + firstKey(record)
                    + "/" + record.birthDate(), k -> new ArrayList<>()).add(row);
        }
        assertThat(byIdentity.values()).anySatisfy(same -> {
            assertThat(same).hasSizeGreaterThanOrEqualTo(2);
            assertThat(same).extracting(TruthRow::familyId).doesNotHaveDuplicates();
            assertThat(same).extracting(TruthRow::personId).doesNotHaveDuplicates();
        });
    }

    @Test
    void shouldContainNoisyDuplicatesInBothFilesNeverNextToEachOther() {
        List<TruthRow> duplicates = sample.truth(SieiSampleGenerator.DOUBLON);
        Map<String, TruthRow> originals = new HashMap<>();
        sample.truth(SieiSampleGenerator.ORIGINAL).forEach(t -> originals.put(t.personId(), t));
        Map<String, Long> copiesByPerson = new HashMap<>();
        duplicates.forEach(d -> copiesByPerson.merge(d.personId(), 1L, Long::sum));

        assertThat(copiesByPerson.size()).isBetween(120, 220);
        assertThat(copiesByPerson.values()).contains(2L);
        assertThat(duplicates).allSatisfy(d -> assertThat(originals).containsKey(d.personId()));
        assertThat(duplicates).anySatisfy(d -> assertThat(d.file()).isNotEqualTo(originals.get(d.personId()).file()));
        assertThat(duplicates).anySatisfy(d -> assertThat(d.file()).isEqualTo(originals.get(d.personId()).file()));
        assertThat(duplicates).anySatisfy(d -> assertThat(d.details()).contains("FAUTE_"));
        assertThat(duplicates).allSatisfy(d -> assertThat(d.details()).isNotEmpty());

        List<TruthRow> inFileOrder = new ArrayList<>(sample.truth);
        for (int i = 1; i < inFileOrder.size(); i++) {
            TruthRow previous = inFileOrder.get(i - 1);
            TruthRow current = inFileOrder.get(i);
            if (previous.file().equals(current.file()) && !current.personId().isEmpty()) {
                assertThat(current.personId()).as("line " + current.line()).isNotEqualTo(previous.personId());
            }
        }
    }

    @Test
    void shouldMarkBadLinesThatAReaderMustReject() {
        List<TruthRow> bad = sample.truth(SieiSampleGenerator.LIGNE_INVALIDE);

        assertThat(bad).hasSizeBetween(5, 25).allSatisfy(row -> {
            assertThat(row.personId()).isEmpty();
            DataRecord record = sample.record(row);
            boolean unusable = record.get(SieiColumn.NOM).isBlank() || record.get(SieiColumn.PRENOM).isBlank()
                    || record.birthDate() == null;
            assertThat(unusable).as(record.toString()).isTrue();
        });
        assertThat(sample.truth(SieiSampleGenerator.ORIGINAL)).allSatisfy(row -> {
            DataRecord record = sample.record(row);
            assertThat(record.get(SieiColumn.NOM)).isNotBlank();
            assertThat(record.get(SieiColumn.PRENOM)).isNotBlank();
            assertThat(record.birthDate()).isNotNull();
        });
    }

    @Test
    void shouldRefuseANegativeNumberOfPersons(@TempDir Path dir) {
        assertThatThrownBy(() -> new SampleRequest(-1, 1L, dir, GeneratedSample.REFERENCE_DATE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldWriteOnlyHeadersForZeroPersons(@TempDir Path dir) throws IOException {
        SampleReport report = generate(dir, 0, 1L);

        assertThat(report.records()).isZero();
        assertThat(Files.readAllLines(dir.resolve(SieiSampleGenerator.TRUTH_FILE))).hasSize(1);
        assertThat(dir.toFile().list()).hasSize(5);
    }

    private static String firstKey(DataRecord record) {
        return GeneratedSample.key(record.get(SieiColumn.PRENOM));
    }

    private static SampleReport generate(Path dir, int persons, long seed) throws IOException {
        return new SieiSampleGenerator().generate(new SampleRequest(persons, seed, dir, GeneratedSample.REFERENCE_DATE));
    }

    static String strictDecode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
