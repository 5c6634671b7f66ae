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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * In-memory index of the commune directory in force: the COG shipped in
 * {@code reference/communes-france.csv}, or the one last imported by {@code referentiel communes importer}
 * (read from the database), with INSEE's history of changes so that a code that disappeared (a
 * commune merged into a commune nouvelle, renumbered) still leads to today's commune.
 * Empty optional columns (code de rattachement, EPCI, EPT) are null; an empty population is 0.
 */
public final class CommuneDirectory {

    public static final String CLASSPATH_RESOURCE = "reference/communes-france.csv";

    private final List<Commune> all;
    private final Map<String, Commune> byCode = new HashMap<>();
    private final Map<String, List<Commune>> byPostalCode = new HashMap<>();
    private final Map<String, List<CommuneMovement>> movementsFrom = new HashMap<>();

    private CommuneDirectory(List<Commune> entries) {
        this(entries, List.of());
    }

    private CommuneDirectory(List<Commune> entries, Collection<CommuneMovement> movements) {
        this.all = Collections.unmodifiableList(entries);
        for (CommuneMovement movement : movements) {
            if (movement.leadsElsewhere()) {
                movementsFrom.computeIfAbsent(movement.codeBefore(), code -> new ArrayList<>(1)).add(movement);
            }
        }
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

    /** A directory of these entries (as stored), with the history of changes that leads old codes to them. */
    public static CommuneDirectory of(List<Commune> entries, Collection<CommuneMovement> movements) {
        return new CommuneDirectory(new ArrayList<>(entries), movements);
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

    /**
     * The entry with this code, or, for a code that is no longer in the COG, today's commune it
     * became through the history of changes (followed to the end: a commune merged twice leads to the
     * last one). Empty when the code is unknown or split between several communes.
     */
    public Optional<Commune> current(String codeInsee) {
        Optional<Commune> entry = byCode(codeInsee);
        return entry.isPresent() ? entry : disappearance(codeInsee).map(CommuneDisappearance::today);
    }

    /** When and into what a code that is no longer in the COG went; empty for a code in force or unknown. */
    public Optional<CommuneDisappearance> disappearance(String codeInsee) {
        if (codeInsee == null || byCode.containsKey(codeInsee)) {
            return Optional.empty();
        }
        String code = codeInsee;
        CommuneMovement first = null;
        Set<String> seen = new HashSet<>();
        while (seen.add(code)) {
            Optional<CommuneMovement> next = lastMove(code);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (first == null) {
                first = next.get();
            }
            code = next.get().codeAfter();
            Commune found = byCode.get(code);
            if (found != null) {
                // A former commune's code leads on to its commune; an arrondissement is kept, as addresses keep it.
                boolean former = found.type() == CommuneType.DELEGUEE || found.type() == CommuneType.ASSOCIEE;
                Commune today = former && found.codeRattachement() != null
                        ? byCode.getOrDefault(found.codeRattachement(), found) : found;
                return Optional.of(new CommuneDisappearance(codeInsee, first.nameBefore(), first.date(), first.mod(), today));
            }
        }
        return Optional.empty();
    }

    /**
     * The communes gone from the COG that lead to a commune of today, each as a former commune of it
     * (type {@link CommuneType#ASSOCIEE}, rattached to today's commune), so that an address written
     * with the old name still finds its commune. Not part of {@link #all()}.
     */
    public List<Commune> vanishedAsFormerCommunes() {
        List<Commune> former = new ArrayList<>();
        for (String code : movementsFrom.keySet()) {
            disappearance(code).filter(gone -> gone.name() != null && !gone.name().isBlank()).ifPresent(gone -> former.add(
                    new Commune(code, gone.name(), CommuneType.ASSOCIEE, gone.today().codeInsee(), gone.today().departement(),
                            gone.today().region(), List.of(), 0, null, null, null, null)));
        }
        return former;
    }

    /** The code's latest change leading elsewhere, when it leads to one commune only. */
    private Optional<CommuneMovement> lastMove(String code) {
        List<CommuneMovement> moves = movementsFrom.getOrDefault(code, List.of());
        LocalDate last = moves.stream().map(CommuneMovement::date).max(Comparator.naturalOrder()).orElse(null);
        List<CommuneMovement> latest = moves.stream().filter(m -> m.date().equals(last)).toList();
        long targets = latest.stream().map(CommuneMovement::codeAfter).distinct().count();
        return targets == 1 ? Optional.of(latest.get(0)) : Optional.empty();
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
