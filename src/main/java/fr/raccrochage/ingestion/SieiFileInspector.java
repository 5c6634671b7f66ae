package fr.raccrochage.ingestion;

import com.opencsv.CSVParserBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a file can be read as an SIEI list at all, and how: encoding (UTF-8 with or
 * without BOM, else Windows-1252), delimiter, header mapping, and the content fingerprint that
 * makes re-imports idempotent. Reads the file once; stores nothing.
 */
public final class SieiFileInspector {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final char[] DELIMITERS = {';', ',', '\t', '|'};

    private final Map<String, List<String>> extraAliases;

    public SieiFileInspector(Map<String, List<String>> extraAliases) {
        this.extraAliases = extraAliases;
    }

    public SieiFileFormat inspect(Path path) {
        FileRefusedException.requireReadableFile(path);
        try {
            ContentScan scan = scan(path);
            if (scan.size == 0 || scan.blank) {
                throw new FileRefusedException("Fichier refusé : « %s » est vide.".formatted(path.getFileName()));
            }
            if (scan.binary) {
                throw new FileRefusedException(
                        "Fichier refusé : « %s » n'est pas un fichier texte CSV (contenu binaire).".formatted(path.getFileName()));
            }
            Charset charset = scan.validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
            String headerLine = firstLine(path, charset, scan.bom);
            char delimiter = detectDelimiter(headerLine);
            SieiHeader header = SieiHeader.match(parseHeader(headerLine, delimiter), extraAliases);
            return new SieiFileFormat(path, scan.sha256, scan.size, charset, scan.bom, delimiter, header);
        } catch (IOException e) {
            throw new FileRefusedException("Fichier refusé : lecture impossible de « %s » (%s).".formatted(path, e.getMessage()), e);
        }
    }

    /** The format of a file inspected earlier (job parameters), reading its header line only. */
    public SieiFileFormat reopen(Path path, String sha256, long size, Charset charset, boolean bom, char delimiter) {
        try {
            SieiHeader header = SieiHeader.match(parseHeader(firstLine(path, charset, bom), delimiter), extraAliases);
            return new SieiFileFormat(path, sha256, size, charset, bom, delimiter, header);
        } catch (IOException e) {
            throw new FileRefusedException("Fichier refusé : lecture impossible de « %s » (%s).".formatted(path, e.getMessage()), e);
        }
    }

    static char detectDelimiter(String headerLine) {
        char best = ';';
        long bestCount = 0;
        for (char candidate : DELIMITERS) {
            long count = headerLine.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static String[] parseHeader(String headerLine, char delimiter) throws IOException {
        try {
            String[] names = new CSVParserBuilder().withSeparator(delimiter).build().parseLine(headerLine);
            if (names == null || names.length < 2) {
                throw new FileRefusedException("Fichier refusé : la première ligne n'est pas un en-tête de liste SIEI.");
            }
            return names;
        } catch (IOException e) {
            throw new FileRefusedException("Fichier refusé : l'en-tête est illisible (" + e.getMessage() + ").", e);
        }
    }

    private static String firstLine(Path path, Charset charset, boolean bom) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), charset))) {
            if (bom) {
                reader.skip(1);
            }
            String line;
            do {
                line = reader.readLine();
            } while (line != null && line.isBlank());
            return line == null ? "" : line;
        }
    }

    private record ContentScan(long size, String sha256, boolean bom, boolean binary, boolean blank, boolean validUtf8) {
    }

    /** One pass: fingerprint, BOM, NUL bytes near the start, and whether the whole file is valid UTF-8. */
    private static ContentScan scan(Path path) throws IOException {
        MessageDigest sha = sha256();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        ByteBuffer pending = ByteBuffer.allocate(64 * 1024 + 8);
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        boolean binary = false;
        boolean blank = true;
        boolean validUtf8 = true;
        boolean bom = false;
        try (InputStream in = Files.newInputStream(path)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                if (size == 0) {
                    bom = n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF;
                }
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == 0 && size + i < SNIFF_BYTES) {
                        binary = true;
                    }
                    if (blank && b != ' ' && b != '\r' && b != '\n' && b != '\t' && !(bom && size + i < 3)) {
                        blank = false;
                    }
                }
                if (validUtf8) {
                    pending.put(buffer, 0, n).flip();
                    validUtf8 = decodeChunk(utf8, pending, chars, false);
                    pending.compact();
                }
                size += n;
            }
        }
        if (validUtf8) {
            pending.flip();
            validUtf8 = decodeChunk(utf8, pending, chars, true);
        }
        return new ContentScan(size, HexFormat.of().formatHex(sha.digest()), bom, binary, blank, validUtf8);
    }

    private static boolean decodeChunk(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean last) {
        while (true) {
            chars.clear();
            CoderResult result = decoder.decode(bytes, chars, last);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
