package fr.raccrochage.review;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import fr.raccrochage.core.text.TextKeys;
import fr.raccrochage.ingestion.FileRefusedException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a decision file as an operator's spreadsheet may have saved it: UTF-8 with or without BOM or
 * Windows-1252, « ; », « , » or tab, columns in any order (found by name: {@code paire},
 * {@code decision}), blank lines skipped. The one place that reads this file, so that it can be
 * switched to the common incoming-file reader when that lands.
 */
final class DecisionFile {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] SEPARATORS = {';', ',', '\t'};

    /** One data line: its physical line number, the pair key and the decision as written. */
    record Line(int number, String pair, String decision) {
    }

    private DecisionFile() {
    }

    static List<Line> read(Path path) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new FileRefusedException("Fichier refusé : « %s » n'existe pas ou ne peut pas être lu.".formatted(path));
        }
        try {
            String text = decode(Files.readAllBytes(path));
            String header = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            char separator = separator(header);
            List<String[]> rows;
            List<Long> lineNumbers = new ArrayList<>();
            try (CSVReader csv = new CSVReaderBuilder(new StringReader(text))
                    .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build()).build()) {
                rows = new ArrayList<>();
                String[] row;
                while ((row = csv.readNext()) != null) {
                    rows.add(row);
                    lineNumbers.add(csv.getLinesRead());
                }
            }
            return lines(path, rows, lineNumbers);
        } catch (IOException | CsvException e) {
            throw new FileRefusedException("Fichier refusé : lecture impossible de « %s » (%s).".formatted(
                    path.getFileName(), e.getMessage()), e);
        }
    }

    private static List<Line> lines(Path path, List<String[]> rows, List<Long> lineNumbers) {
        int headerIndex = 0;
        while (headerIndex < rows.size() && blank(rows.get(headerIndex))) {
            headerIndex++;
        }
        if (headerIndex == rows.size()) {
            throw new FileRefusedException("Fichier refusé : « %s » est vide.".formatted(path.getFileName()));
        }
        String[] header = rows.get(headerIndex);
        int pair = column(header, "PAIRE");
        int decision = column(header, "DECISION");
        if (pair < 0 || decision < 0) {
            throw new FileRefusedException(("Fichier refusé : « %s » n'a pas les colonnes « paire » et « decision » "
                    + "(utilisez le fichier écrit par « raccrochage doublons a-verifier »).").formatted(path.getFileName()));
        }
        List<Line> lines = new ArrayList<>();
        for (int i = headerIndex + 1; i < rows.size(); i++) {
            String[] row = rows.get(i);
            if (blank(row)) {
                continue;
            }
            lines.add(new Line(lineNumbers.get(i).intValue(), cell(row, pair), cell(row, decision)));
        }
        return lines;
    }

    /** UTF-8 (BOM dropped) when the bytes are valid UTF-8, Windows-1252 otherwise. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** The separator the header line uses most. */
    static char separator(String header) {
        char best = ';';
        long most = 0;
        for (char candidate : SEPARATORS) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    private static int column(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (TextKeys.key(header[i]).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(String[] row, int index) {
        return index < row.length ? row[index].trim() : "";
    }

    private static boolean blank(String[] row) {
        for (String cell : row) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
