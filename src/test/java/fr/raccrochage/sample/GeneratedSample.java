package fr.raccrochage.sample;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A generated sample read back independently of the generator, with opencsv. */
final class GeneratedSample {

    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 3, 1);
    private static final DateTimeFormatter FRENCH =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** One data record and the physical line it starts on. */
    record DataRecord(String file, long line, Map<SieiColumn, String> values, String observation) {

        String get(SieiColumn column) {
            return values.get(column);
        }

        LocalDate birthDate() {
            return date(get(SieiColumn.DATE_NAISSANCE));
        }
    }

    record TruthRow(String file, long line, String personId, String nature, String familyId, String details) {

        boolean has(String tag) {
            return List.of(details.split("\\|")).contains(tag);
        }
    }

    final Path directory;
    final SampleReport report;
    final List<String> enHeader;
    final List<String> cfaHeader;
    final Map<String, DataRecord> records = new LinkedHashMap<>();
    final List<TruthRow> truth = new ArrayList<>();

    GeneratedSample(Path directory, SampleReport report) throws IOException {
        this.directory = directory;
        this.report = report;
        String en = Files.readString(directory.resolve(SieiSampleGenerator.EN_FILE), StandardCharsets.UTF_8);
        enHeader = read(SieiSampleGenerator.EN_FILE, en.substring(1), ';', SieiSampleGenerator.EN_HEADERS.size());
        String cfa = Files.readString(directory.resolve(SieiSampleGenerator.CFA_FILE),
                Charset.forName("windows-1252"));
        cfaHeader = read(SieiSampleGenerator.CFA_FILE, cfa, ',', SieiSampleGenerator.CFA_HEADERS.size());
        for (String[] row : rows(Files.readString(directory.resolve(SieiSampleGenerator.TRUTH_FILE)), ';')) {
            truth.add(new TruthRow(row[0], Long.parseLong(row[1]), row[2], row[3], row[4], row[5]));
        }
    }

    static GeneratedSample generate(Path directory, int persons, long seed) throws IOException {
        SampleReport report = new SieiSampleGenerator()
                .generate(new SampleRequest(persons, seed, directory, REFERENCE_DATE));
        return new GeneratedSample(directory, report);
    }

    private List<String> read(String file, String content, char separator, int width) throws IOException {
        try (CSVReader reader = reader(new StringReader(content), separator)) {
            List<String> header = List.of(reader.readNext());
            long before = reader.getLinesRead();
            String[] row;
            while ((row = reader.readNext()) != null) {
                if (row.length != width) {
                    throw new IllegalStateException(file + " line " + (before + 1) + " has " + row.length + " fields");
                }
                Map<SieiColumn, String> values = new EnumMap<>(SieiColumn.class);
                String observation = null;
                if (separator == ';') {
                    for (SieiColumn column : SieiColumn.values()) {
                        values.put(column, row[column.ordinal()]);
                    }
                } else {
                    List<SieiColumn> order = SieiSampleGenerator.CFA_COLUMN_ORDER;
                    for (int i = 0; i < order.size(); i++) {
                        values.put(order.get(i), row[i]);
                    }
                    observation = row[order.size()];
                }
                records.put(file + ":" + (before + 1), new DataRecord(file, before + 1, values, observation));
                before = reader.getLinesRead();
            }
            return header;
        } catch (CsvValidationException e) {
            throw new IOException(e);
        }
    }

    static List<String[]> rows(String content, char separator) throws IOException {
        try (CSVReader reader = reader(new StringReader(content), separator)) {
            List<String[]> rows = new ArrayList<>();
            reader.readNext();
            String[] row;
            while ((row = reader.readNext()) != null) {
                rows.add(row);
            }
            return rows;
        } catch (CsvValidationException e) {
            throw new IOException(e);
        }
    }

    private static CSVReader reader(Reader in, char separator) {
        return new CSVReaderBuilder(in)
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
                .build();
    }

    DataRecord record(TruthRow row) {
        return records.get(row.file() + ":" + row.line());
    }

    List<TruthRow> truth(String nature) {
        return truth.stream().filter(t -> t.nature().equals(nature)).toList();
    }

    Map<String, List<TruthRow>> originalsByFamily(String tag) {
        return truth(SieiSampleGenerator.ORIGINAL).stream().filter(t -> t.has(tag))
                .collect(Collectors.groupingBy(TruthRow::familyId, LinkedHashMap::new, Collectors.toList()));
    }

    /** DD/MM/YYYY or YYYY-MM-DD, strictly; null when not a real date. */
    static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH)
                    : LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Comparison key: no accents, upper case, letters and single spaces. */
    static String key(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replace("Œ", "OE");
        return plain.replaceAll("[^A-Z]+", " ").trim();
    }
}
