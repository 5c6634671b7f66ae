package fr.raccrochage.identity;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of the records' persons against a labelled truth
 * ({@code fichier;ligne;personne_id;…}, as the sample generator writes it). Only records present in
 * both files count: rejected lines have no person.
 */
public record PairwiseEvaluation(int records, long truePairs, long predictedPairs, long correctPairs) {

    public double precision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * @param truth the generator's verite.csv
     * @param extract the output of {@code doublons extraire} (ligne;fichier;personne_id;…)
     */
    public static PairwiseEvaluation of(Path truth, Path extract) {
        Map<String, String> truePerson = read(truth, 0, 1, 2);
        Map<String, String> predicted = read(extract, 1, 0, 2);
        Map<String, Integer> byTruth = new HashMap<>();
        Map<String, Integer> byPrediction = new HashMap<>();
        Map<String, Integer> byBoth = new HashMap<>();
        int records = 0;
        for (Map.Entry<String, String> entry : predicted.entrySet()) {
            String person = truePerson.get(entry.getKey());
            if (person == null) {
                continue;
            }
            records++;
            byTruth.merge(person, 1, Integer::sum);
            byPrediction.merge(entry.getValue(), 1, Integer::sum);
            byBoth.merge(person + "\u0000" + entry.getValue(), 1, Integer::sum);
        }
        return new PairwiseEvaluation(records, pairs(byTruth), pairs(byPrediction), pairs(byBoth));
    }

    /**
     * How the review list fares against the truth: its record pairs, the distinct records on it, and
     * how many pairs the engine's suggestion (MEME when ranked in the merge band) gets right.
     */
    public record ReviewFigures(int pairs, int records, int suggestionRight, int firstHalfSame, int firstHalf) {
    }

    /** @param list the output of {@code doublons a-verifier} (paire;decision;suggestion;…;fichier_a;ligne_a;…) */
    public static ReviewFigures review(Path truth, Path list) {
        Map<String, String> truePerson = read(truth, 0, 1, 2);
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (Reader in = Files.newBufferedReader(list, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(in)
                        .withCSVParser(new RFC4180ParserBuilder().withSeparator(';').build()).build()) {
            csv.readNext();
            String[] row;
            while ((row = csv.readNext()) != null) {
                if (row[0].startsWith("D-")) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvValidationException e) {
            throw new IllegalArgumentException(list + " : " + e.getMessage(), e);
        }
        java.util.Set<String> records = new java.util.HashSet<>();
        int right = 0;
        int firstHalfSame = 0;
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            String a = r[6] + ":" + r[7];
            String b = r[20] + ":" + r[21];
            records.add(a);
            records.add(b);
            boolean same = truePerson.get(a) != null && truePerson.get(a).equals(truePerson.get(b));
            if (same == r[2].startsWith("MEME")) {
                right++;
            }
            if (i < rows.size() / 2 && same) {
                firstHalfSame++;
            }
        }
        return new ReviewFigures(rows.size(), records.size(), right, firstHalfSame, rows.size() / 2);
    }

    private static long pairs(Map<String, Integer> sizes) {
        long pairs = 0;
        for (int n : sizes.values()) {
            pairs += (long) n * (n - 1) / 2;
        }
        return pairs;
    }

    /** "file:line" to person, from a ';' file with a header and maybe a BOM. */
    private static Map<String, String> read(Path file, int fileColumn, int lineColumn, int personColumn) {
        Map<String, String> persons = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(in)
                        .withCSVParser(new RFC4180ParserBuilder().withSeparator(';').build()).build()) {
            csv.readNext();
            String[] row;
            while ((row = csv.readNext()) != null) {
                if (row.length > personColumn && !row[personColumn].isEmpty()) {
                    persons.put(row[fileColumn] + ":" + row[lineColumn], row[personColumn]);
                }
            }
            return persons;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvValidationException e) {
            throw new IllegalArgumentException(file + " : " + e.getMessage(), e);
        }
    }
}
