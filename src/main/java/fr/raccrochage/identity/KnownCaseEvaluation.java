package fr.raccrochage.identity;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * For the benchmark and the tests: how well the known-case lines were matched, against the sample generator's truth: the persons of
 * the registry are named by the generator's person of their records ({@code verite.csv}), each
 * known-case line by {@code verite-connus.csv} (empty for a young person absent from the lists).
 *
 * @param lines known-case lines stored
 * @param inRegistry lines whose young person has records in the registry
 * @param linked lines linked to a person of the registry (MEME_PERSONNE)
 * @param correct linked to the right person
 * @param reviewedRight lines in review (DOUBLON_POSSIBLE) whose candidates include the right person
 * @param oppositions OPPOSITION lines whose young person is in the registry
 * @param oppositionsCovered of those, the ones where every registry person of that young person has an
 *     opposition (linked or as a precaution)
 */
public record KnownCaseEvaluation(int lines, int inRegistry, int linked, int correct, int reviewedRight, int oppositions,
        int oppositionsCovered) {

    public double precision() {
        return linked == 0 ? 1 : (double) correct / linked;
    }

    public double recall() {
        return inRegistry == 0 ? 1 : (double) correct / inRegistry;
    }

    /** Linked right, or the right person among the candidates to review. */
    public double reviewRecall() {
        return inRegistry == 0 ? 1 : (double) (correct + reviewedRight) / inRegistry;
    }

    public double oppositionCoverage() {
        return oppositions == 0 ? 1 : (double) oppositionsCovered / oppositions;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "known cases: %d lines, %d in registry, %d linked (%d right), %d reviewed "
                + "with the right candidate; precision %.4f recall %.4f recall with review %.4f; oppositions %d, "
                + "covered %.4f", lines, inRegistry, linked, correct, reviewedRight, precision(), recall(),
                reviewRecall(), oppositions, oppositionCoverage());
    }

    public static KnownCaseEvaluation of(JdbcIdentityDao dao, Path truth, Path knownTruth) throws IOException {
        Map<String, String> truthOfRecord = new HashMap<>();
        for (String[] row : rows(truth)) {
            truthOfRecord.put(row[0] + "|" + row[1], row[2]);
        }
        Map<Long, String> truthOfPerson = new HashMap<>();
        Map<String, Set<Long>> personsOfTruth = new HashMap<>();
        dao.forEachSieiLink(rs -> {
            String t = truthOfRecord.get(rs.getString(1) + "|" + rs.getInt(2));
            if (t != null && !t.isEmpty()) {
                truthOfPerson.put(rs.getLong(3), t);
                personsOfTruth.computeIfAbsent(t, k -> new HashSet<>()).add(rs.getLong(3));
            }
        });
        Map<Integer, String> truthOfLine = new HashMap<>();
        for (String[] row : rows(knownTruth)) {
            truthOfLine.put(Integer.parseInt(row[0]), row[1]);
        }
        Set<Long> opposed = new HashSet<>(dao.opposedPersons());
        Map<Integer, Set<Long>> candidates = new HashMap<>();
        dao.forEachKnownCaseCandidate(rs -> {
            candidates.computeIfAbsent(rs.getInt(1), k -> new HashSet<>()).add(rs.getLong(2));
        });
        int[] n = new int[7];
        dao.forEachKnownCase(rs -> {
            String t = truthOfLine.getOrDefault(rs.getInt(1), "");
            long person = rs.getLong(2);
            Set<Long> right = personsOfTruth.getOrDefault(t, Set.of());
            n[0]++;
            if (!right.isEmpty()) {
                n[1]++;
            }
            boolean linked = rs.getString(3).equals("MEME_PERSONNE") && truthOfPerson.containsKey(person);
            if (linked) {
                n[2]++;
                if (right.contains(person)) {
                    n[3]++;
                }
            }
            if (rs.getString(3).equals("DOUBLON_POSSIBLE") && !right.isEmpty()
                    && candidates.getOrDefault(rs.getInt(1), Set.of()).stream().anyMatch(right::contains)) {
                n[4]++;
            }
            if (rs.getString(4).equals("OPPOSITION") && !right.isEmpty()) {
                n[5]++;
                if (opposed.containsAll(right)) {
                    n[6]++;
                }
            }
        });
        return new KnownCaseEvaluation(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
    }

    private static List<String[]> rows(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(reader)
                        .withCSVParser(new RFC4180ParserBuilder().withSeparator(';').build()).withSkipLines(1).build()) {
            List<String[]> rows = new ArrayList<>();
            for (String[] row : csv) {
                rows.add(row);
            }
            return rows;
        }
    }
}
