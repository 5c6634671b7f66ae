package fr.raccrochage.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A streaming CSV writer (RFC 4180 quoting: a field holding the delimiter, a quote or a line break is quoted,
 * quotes doubled) that knows the physical line number each record starts on. A character the charset cannot
 * encode is an error, never a silent '?'.
 */
final class CsvFileWriter implements Closeable {

    private final BufferedWriter out;
    private final char delimiter;
    private final String lineEnd;
    private long nextLine = 1;
    private long records;

    CsvFileWriter(Path path, Charset charset, boolean bom, char delimiter, String lineEnd) throws IOException {
        OutputStream stream = Files.newOutputStream(path);
        this.out = new BufferedWriter(new OutputStreamWriter(stream, charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        this.delimiter = delimiter;
        this.lineEnd = lineEnd;
        if (bom) {
            out.write('\uFEFF');
        }
    }

    void header(List<String> names) throws IOException {
        write(names.toArray(new String[0]), names.size());
        records = 0;
    }

    /** Writes the first {@code count} fields as one record; returns the physical line it starts on. */
    long write(String[] fields, int count) throws IOException {
        long line = nextLine;
        long breaks = 0;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            breaks += field(fields[i] == null ? "" : fields[i]);
        }
        out.write(lineEnd);
        nextLine += 1 + breaks;
        records++;
        return line;
    }

    long write(String... fields) throws IOException {
        return write(fields, fields.length);
    }

    /** Writes one field, quoted when needed; returns the number of line feeds inside it. */
    private int field(String value) throws IOException {
        boolean quote = false;
        int breaks = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == delimiter || c == '"' || c == '\r') {
                quote = true;
            } else if (c == '\n') {
                quote = true;
                breaks++;
            }
        }
        if (!quote) {
            out.write(value);
            return 0;
        }
        out.write('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.write('"');
            }
            out.write(c);
        }
        out.write('"');
        return breaks;
    }

    long records() {
        return records;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
