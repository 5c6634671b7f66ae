package fr.raccrochage.core.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Decides whether a file can be read at all, and how, reading it once: fingerprint (SHA-256),
 * container (CSV text, or an {@code .xlsx} workbook and which sheet), encoding (UTF-8 with or
 * without BOM, else Windows-1252; anything else is refused), separator ({@code ;}, {@code ,}, tab or
 * {@code |}, counted on the header line). Stores nothing.
 */
public final class InboundInspector {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final char[] DELIMITERS = {';', ',', '\t', '|'};

    private InboundInspector() {
    }

    /**
     * @param sheet the sheet to read in a workbook ({@code --feuille}), or null for its only sheet
     */
    public static InboundFormat inspect(Path path, String sheet) {
        FileRefusedException.requireReadableFile(path);
        try {
            byte[] start = head(path);
            if (start.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(start)) {
                return xlsx(path, sheet);
            }
            if (start.length >= 8 && ReadableWorkbook.isOLE2Header(start)) {
                throw new FileRefusedException(("Fichier refusé : « %s » est un classeur protégé par un mot de passe ou au "
                        + "format Excel 97-2003 (.xls) ; enregistrez-le sans mot de passe au format .xlsx ou CSV.")
                        .formatted(path.getFileName()));
            }
            return csv(path);
        } catch (IOException e) {
            throw new FileRefusedException("Fichier refusé : lecture impossible de « %s » (%s).".formatted(path, e.getMessage()), e);
        }
    }

    private static byte[] head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(8);
        }
    }

    private static InboundFormat xlsx(Path path, String wanted) throws IOException {
        String sha256 = fr.raccrochage.core.FileDigest.sha256(path);
        long size = Files.size(path);
        List<Sheet> sheets;
        try (ReadableWorkbook workbook = new ReadableWorkbook(path.toFile())) {
            sheets = workbook.getSheets().toList();
        } catch (IOException | RuntimeException e) {
            throw new FileRefusedException("Fichier refusé : « %s » n'est pas un classeur .xlsx lisible (%s)."
                    .formatted(path.getFileName(), e.getMessage()), e);
        }
        List<String> names = sheets.stream().map(Sheet::getName).toList();
        if (wanted != null) {
            String found = names.stream().filter(n -> n.strip().equalsIgnoreCase(wanted.strip())).findFirst()
                    .orElseThrow(() -> new FileRefusedException("Fichier refusé : « %s » n'a pas de feuille « %s » (feuilles : %s)."
                            .formatted(path.getFileName(), wanted, String.join(", ", names))));
            return InboundFormat.xlsx(path, sha256, size, found);
        }
        List<String> visible = sheets.stream().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE)
                .map(Sheet::getName).toList();
        if (visible.size() > 1) {
            throw new FileRefusedException(("Fichier refusé : le classeur « %s » a %d feuilles (%s) ; précisez celle à lire "
                    + "avec --feuille.").formatted(path.getFileName(), visible.size(), String.join(", ", visible)));
        }
        if (visible.isEmpty()) {
            throw new FileRefusedException("Fichier refusé : le classeur « %s » n'a aucune feuille.".formatted(path.getFileName()));
        }
        return InboundFormat.xlsx(path, sha256, size, visible.get(0));
    }

    private static InboundFormat csv(Path path) throws IOException {
        ContentScan scan = scan(path);
        if (scan.size == 0 || scan.blank) {
            throw new FileRefusedException("Fichier refusé : « %s » est vide.".formatted(path.getFileName()));
        }
        if (scan.utf16) {
            throw new FileRefusedException(("Fichier refusé : l'encodage de « %s » n'est pas reconnu (UTF-16 ?) ; "
                    + "enregistrez-le en CSV UTF-8 ou Windows-1252.").formatted(path.getFileName()));
        }
        if (scan.binary) {
            throw new FileRefusedException(("Fichier refusé : « %s » n'est pas un fichier texte CSV (contenu binaire) ni un "
                    + "classeur .xlsx.").formatted(path.getFileName()));
        }
        if (!scan.validUtf8 && scan.undefinedIn1252) {
            throw new FileRefusedException(("Fichier refusé : l'encodage de « %s » n'est pas reconnu (ni UTF-8 ni "
                    + "Windows-1252) ; enregistrez-le en CSV UTF-8.").formatted(path.getFileName()));
        }
        Charset charset = scan.validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        char delimiter = detectDelimiter(firstLine(path, charset, scan.bom));
        return InboundFormat.csv(path, scan.sha256, scan.size, charset, scan.bom, delimiter);
    }

    /** The separator used most on the header line, {@code ;} when none is. */
    public static char detectDelimiter(String headerLine) {
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

    private static String firstLine(Path path, Charset charset, boolean bom) throws IOException {
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(Files.newInputStream(path), charset))) {
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

    private record ContentScan(long size, String sha256, boolean bom, boolean binary, boolean utf16, boolean blank,
            boolean validUtf8, boolean undefinedIn1252) {
    }

    /**
     * One pass: fingerprint, BOM, NUL bytes near the start, whether the whole file is valid UTF-8,
     * and whether it holds a byte Windows-1252 leaves undefined.
     */
    private static ContentScan scan(Path path) throws IOException {
        MessageDigest sha = fr.raccrochage.core.FileDigest.newSha256();
        Utf8Validity utf8 = new Utf8Validity();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        boolean binary = false;
        boolean utf16 = false;
        boolean blank = true;
        boolean validUtf8 = true;
        boolean undefined = false;
        boolean bom = false;
        try (InputStream in = Files.newInputStream(path)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                if (size == 0) {
                    bom = n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF;
                    utf16 = n >= 2 && (((buffer[0] & 0xFF) == 0xFF && (buffer[1] & 0xFF) == 0xFE)
                            || ((buffer[0] & 0xFF) == 0xFE && (buffer[1] & 0xFF) == 0xFF));
                }
                if (size >= SNIFF_BYTES && !blank) {
                    // Past the start and some text seen: only the non-ASCII bytes matter.
                    undefined = undefined || undefinedIn1252(buffer, n);
                } else {
                    for (int i = 0; i < n; i++) {
                        byte b = buffer[i];
                        if (b >= 0 && b != 0) {
                            if (blank && b != ' ' && b != '\r' && b != '\n' && b != '\t' && !(bom && size + i < 3)) {
                                blank = false;
                            }
                            continue;
                        }
                        if (b == 0) {
                            if (size + i < SNIFF_BYTES) {
                                binary = true;
                            }
                        } else {
                            undefined |= isUndefinedIn1252(b & 0xFF);
                            if (blank && !(bom && size + i < 3)) {
                                blank = false;
                            }
                        }
                    }
                }
                if (validUtf8) {
                    validUtf8 = utf8.update(buffer, 0, n);
                }
                size += n;
            }
        }
        validUtf8 = validUtf8 && utf8.finish();
        if (binary && !utf16) {
            utf16 = looksLikeUtf16(path);
        }
        return new ContentScan(size, HexFormat.of().formatHex(sha.digest()), bom, binary, utf16, blank, validUtf8, undefined);
    }

    private static boolean undefinedIn1252(byte[] bytes, int length) {
        for (int i = AsciiRuns.end(bytes, 0, length); i < length; i = AsciiRuns.end(bytes, i + 1, length)) {
            if (isUndefinedIn1252(bytes[i] & 0xFF)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUndefinedIn1252(int unsignedByte) {
        return unsignedByte == 0x81 || unsignedByte == 0x8D || unsignedByte == 0x8F || unsignedByte == 0x90
                || unsignedByte == 0x9D;
    }

    /** Text in UTF-16 without a BOM: every other byte NUL in the first few hundred. */
    private static boolean looksLikeUtf16(Path path) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(path)) {
            start = in.readNBytes(512);
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < start.length; i++) {
            if (start[i] == 0) {
                if (i % 2 == 0) {
                    evenNul++;
                } else {
                    oddNul++;
                }
            }
        }
        int half = start.length / 2;
        return half > 0 && (evenNul > half * 0.8 || oddNul > half * 0.8);
    }
}
