package fr.raccrochage.core.commune;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory index of the commune reference file ({@code reference/communes-france.csv}).
 * Empty optional columns (code de rattachement, EPCI, EPT) are null; an empty population is 0.
 */
public final class CommuneDirectory {

    public static final String CLASSPATH_RESOURCE = "reference/communes-france.csv";

    private final List<Commune> all;
    private final Map<String, Commune> byCode = new HashMap<>();
    private final Map<String, List<Commune>> byPostalCode = new HashMap<>();

    private CommuneDirectory(List<Commune> entries) {
        this.all = Collections.unmodifiableList(entries);
        for (Commune commune : entries) {
            // A commune nouvelle and its own commune déléguée share a code: the commune wins.
            byCode.merge(commune.codeInsee(), commune,
                    (kept, other) -> other.type() == CommuneType.COMMUNE ? other : kept);
            for (String postalCode : commune.codesPostaux()) {
                byPostalCode.computeIfAbsent(postalCode, code -> new ArrayList<>(2)).add(commune);
            }
        }
        byPostalCode.replaceAll((code, communes) -> List.copyOf(communes));
    }

    public static CommuneDirectory fromClasspath() {
        InputStream in = CommuneDirectory.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("commune reference file not on the classpath: " + CLASSPATH_RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the reference file's format: {@code ;}-separated, with its header line. */
    public static CommuneDirectory read(Reader reader) {
        try (CSVReader csv = new CSVReaderBuilder(reader)
                .withCSVParser(new CSVParserBuilder().withSeparator(';').build())
                .build()) {
            CommuneCsv.checkHeader(csv.readNext());
            List<Commune> entries = new ArrayList<>(40_000);
            for (String[] fields = csv.readNext(); fields != null; fields = csv.readNext()) {
                entries.add(CommuneCsv.parse(fields, csv.getLinesRead()));
            }
            return new CommuneDirectory(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvValidationException e) {
            throw new IllegalArgumentException("unreadable commune reference file: " + e.getMessage(), e);
        }
    }

    /** The entry with this code; when a code is both a commune and its own déléguée, the commune. */
    public Optional<Commune> byCode(String codeInsee) {
        return Optional.ofNullable(byCode.get(codeInsee));
    }

    /** Every entry that lists this postal code. */
    public List<Commune> byPostalCode(String codePostal) {
        return byPostalCode.getOrDefault(codePostal, List.of());
    }

    /** Every entry in file order, communes déléguées sharing their commune's code included. */
    public Collection<Commune> all() {
        return all;
    }
}
