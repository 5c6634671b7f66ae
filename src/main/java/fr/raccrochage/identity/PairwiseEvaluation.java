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
