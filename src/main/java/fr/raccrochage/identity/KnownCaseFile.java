package fr.raccrochage.identity;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A known-cases list read whole (partners' lists are small): its SHA-256 fingerprint, then its
 * lines parsed. UTF-8 with or without BOM as the contract says, Windows-1252 accepted when the
 * bytes are not UTF-8 (a list saved by a spreadsheet); {@code ;} expected, {@code ,} or tab
 * detected on the header line.
 */
final class KnownCaseFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path path;
    private final byte[] bytes;
    private final String sha256;

    private KnownCaseFile(Path path, byte[] bytes, String sha256) {
        this.path = path;
        this.bytes = bytes;
        this.sha256 = sha256;
    }

    static KnownCaseFile open(Path path) {
        FileRefusedException.requireReadableFile(path);
        try {
            byte[] bytes = Files.readAllBytes(path);
            return new KnownCaseFile(path, bytes, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(bytes)));
        } catch (IOException e) {
            throw new FileRefusedException("Fichier refusé : lecture impossible de « %s » (%s).".formatted(path,
                    e.getMessage()), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String fileName() {
        return path.getFileName().toString();
    }

    String sha256() {
        return sha256;
    }

    /** Parses every data line (line numbers as in a text editor, the header being line 1). */
    List<KnownCaseParser.Parsed> lines() {
        String text = text();
        if (text.isBlank()) {
            throw new FileRefusedException("Fichier refusé : « %s » est vide.".formatted(fileName()));
        }
        if (text.indexOf('\0') >= 0) {
            throw new FileRefusedException("Fichier refusé : « %s » n'est pas un fichier texte CSV (contenu binaire)."
                    .formatted(fileName()));
        }
        char delimiter = delimiter(text.lines().findFirst().orElse(""));
        List<KnownCaseParser.Parsed> parsed = new ArrayList<>();
        try (CSVReader csv = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(delimiter).build()).build()) {
            String[] header = csv.readNext();
            KnownCaseParser parser = KnownCaseParser.forHeader(fileName(), header);
            long before = csv.getLinesRead();
            String[] fields;
            while (true) {
                int lineNumber = (int) before + 1;
                try {
                    fields = csv.readNext();
                } catch (CsvException e) {
                    parsed.add(new KnownCaseParser.Rejected(lineNumber, "ligne illisible (guillemet non fermé ?)", ""));
                    break;
                }
                if (fields == null) {
                    break;
                }
                before = csv.getLinesRead();
                if (fields.length == 1 && fields[0].isBlank()) {
                    continue; // an empty line, often the last one
                }
                parsed.add(parser.parse(lineNumber, fields, String.join(String.valueOf(delimiter), fields)));
            }
        } catch (IOException | CsvException e) {
            throw new FileRefusedException("Fichier refusé : lecture impossible de « %s » (%s).".formatted(path,
                    e.getMessage()), e);
        }
        return parsed;
    }

    private String text() {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(content).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
    }

    private static char delimiter(String header) {
        char best = ';';
        long bestCount = header.chars().filter(c -> c == ';').count();
        for (char candidate : new char[] {',', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
