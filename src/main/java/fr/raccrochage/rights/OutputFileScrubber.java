package fr.raccrochage.rights;

import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.sms.SmsReturnImportService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Removes one young person's lines from the files still on disk that may hold them: call sheets,
 * daily lists, exports, the Region's lists, reject files (under the output folder) and the inbox
 * archives (the lists as received); in an SMS provider's returns, the lines quoting one of their
 * numbers. Each file is rewritten whole into a temporary file, then moved
 * into place (owner-only, like every output). Files in other formats (spreadsheets, encrypted
 * archives) cannot be edited line by line: they are listed for the operator.
 */
@Component
class OutputFileScrubber {

    /** What the scrub did: files rewritten, lines removed, files it could not read line by line. */
    record Scrub(List<Path> rewritten, int lines, List<Path> notScrubbed) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final List<Path> roots;

    OutputFileScrubber(RaccrochageProperties properties,
            @Value("${raccrochage.nuit.archives:${raccrochage.dossier-donnees:donnees}/archives}") Path archives) {
        this.roots = List.of(properties.dossierSorties(), archives);
    }

    Scrub scrub(PersonMarks marks) {
        List<Path> rewritten = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        int lines = 0;
        for (Path root : roots) {
            for (Path file : files(root)) {
                String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
                    int removed = scrubFile(file, marks, isSmsReturns(root.relativize(file)));
                    if (removed > 0) {
                        rewritten.add(file);
                        lines += removed;
                    }
                } else if (name.endsWith(".xlsx") || name.endsWith(".zip") || name.endsWith(".gpg")) {
                    skipped.add(file);
                }
            }
        }
        return new Scrub(rewritten, lines, skipped);
    }

    private static List<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> tree = Files.walk(root)) {
            return tree.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SMS provider's returns (as received, or their reject file) quote numbers instead of names. */
    private static boolean isSmsReturns(Path relative) {
        for (Path segment : relative) {
            if (segment.toString().equals(SmsReturnImportService.FOLDER)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the number of lines removed (0: the file is left untouched). */
    static int scrubFile(Path file, PersonMarks marks, boolean byNumber) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Charset charset = StandardCharsets.UTF_8;
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException notUtf8) {
                charset = WINDOWS_1252;
                text = new String(bytes, WINDOWS_1252);
            }
            StringBuilder kept = new StringBuilder(text.length());
            int removed = 0;
            for (String line : text.split("(?<=\n)")) {
                if (marks.matches(line) || byNumber && marks.quotesNumber(line)) {
                    removed++;
                } else {
                    kept.append(line);
                }
            }
            if (removed > 0) {
                Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
                Files.write(temporary, kept.toString().getBytes(charset));
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
