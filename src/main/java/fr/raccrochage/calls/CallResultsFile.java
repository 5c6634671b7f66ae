package fr.raccrochage.calls;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import fr.raccrochage.core.text.TextKeys;
import fr.raccrochage.ingestion.FileRefusedException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call-results file read whole (shared/formats/call-results.md): ";", UTF-8 with or without BOM,
 * header names compared as for the SIEI list (case, accents, spaces, "_" ignored). A file that is not
 * UTF-8, is empty or lacks a required column is refused as a whole.
 */
public record CallResultsFile(Path path, String sha256, List<Line> lines) {

    static final List<String> COLUMNS = List.of("ID_APPEL", "TENTATIVE", "DATE_APPEL", "NUMERO", "RESULTAT",
            "DATE_RAPPEL", "SOLUTION", "COMMENTAIRE", "AGENT");
    static final List<String> REQUIRED = COLUMNS.subList(0, 5);

    /** A data line: its physical line number (header = 1), cells by column name, and its text. */
    record Line(int number, Map<String, String> cells, String text) {

        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    String fileName() {
        return path.getFileName().toString();
    }

    static CallResultsFile read(Path path) {
        FileRefusedException.requireReadableFile(path);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new FileRefusedException("Fichier refusé : " + path + " illisible (" + e.getMessage() + ").", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new FileRefusedException("Fichier refusé : " + path.getFileName() + " n'est pas en UTF-8.", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new FileRefusedException("Fichier refusé : " + path.getFileName() + " est vide.");
        }
        try (CSVReader csv = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new CSVParserBuilder().withSeparator(';').build()).build()) {
            String[] header = csv.readNext();
            Map<String, Integer> index = index(header, path);
            List<Line> lines = new ArrayList<>();
            long before = csv.getLinesRead();
            String[] read;
            while ((read = csv.readNext()) != null) {
                String[] cells = read;
                int number = (int) before + 1;
                before = csv.getLinesRead();
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                Map<String, String> byName = new LinkedHashMap<>();
                index.forEach((name, i) -> byName.put(name, i < cells.length ? cells[i] : null));
                lines.add(new Line(number, byName, String.join(";", cells)));
            }
            return new CallResultsFile(path, sha256(bytes), lines);
        } catch (IOException | CsvValidationException e) {
            throw new FileRefusedException("Fichier refusé : " + path.getFileName() + " n'est pas un CSV lisible ("
                    + e.getMessage() + ").", e);
        }
    }

    private static Map<String, Integer> index(String[] header, Path path) {
        Map<String, String> names = new LinkedHashMap<>();
        COLUMNS.forEach(c -> names.put(key(c), c));
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; header != null && i < header.length; i++) {
            String column = names.get(key(header[i]));
            if (column != null && !index.containsKey(column)) {
                index.put(column, i);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new FileRefusedException("Fichier refusé : " + path.getFileName()
                    + " : colonne(s) obligatoire(s) absente(s) de l'en-tête : " + String.join(", ", missing) + ".");
        }
        return index;
    }

    private static String key(String header) {
        return TextKeys.key(header).replace(" ", "");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
