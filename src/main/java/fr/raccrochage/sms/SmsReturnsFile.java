package fr.raccrochage.sms;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import fr.raccrochage.core.FileDigest;
import fr.raccrochage.core.text.TextKeys;
import fr.raccrochage.ingestion.FileRefusedException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SMS provider's returns file read whole: ";" or ",", UTF-8 with or without BOM, a header whose
 * names are compared as for the other files (case, accents, spaces, "_" ignored). A file that is
 * not UTF-8, is empty or lacks a required column is refused as a whole.
 *
 * <p>The one place the returns are read: when {@code core.inbound} (one reader for every incoming
 * file) lands, this class is what switches to it.
 */
public record SmsReturnsFile(Path path, String sha256, List<Line> lines) {

    static final List<String> COLUMNS = List.of("REFERENCE", "NUMERO", "TYPE", "STATUT", "DATE", "TEXTE");
    static final List<String> REQUIRED = List.of("NUMERO", "TYPE", "DATE");

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

    static SmsReturnsFile read(Path path) {
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
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.indexOf(';') >= 0 || firstLine.indexOf(',') < 0 ? ';' : ',';
        try (CSVReader csv = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new CSVParserBuilder().withSeparator(separator).build()).build()) {
            Map<String, Integer> index = index(csv.readNext(), path);
            List<Line> lines = new ArrayList<>();
            long before = csv.getLinesRead();
            String[] cells;
            while ((cells = csv.readNext()) != null) {
                int number = (int) before + 1;
                before = csv.getLinesRead();
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                Map<String, String> byName = new LinkedHashMap<>();
                String[] row = cells;
                index.forEach((name, i) -> byName.put(name, i < row.length ? row[i] : null));
                lines.add(new Line(number, byName, String.join(String.valueOf(separator), cells)));
            }
            return new SmsReturnsFile(path, FileDigest.sha256(path), lines);
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
}
