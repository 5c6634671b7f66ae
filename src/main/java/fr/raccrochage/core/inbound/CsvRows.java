package fr.raccrochage.core.inbound;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * A CSV text read record by record (RFC 4180: quoted fields, separators and line breaks inside
 * quotes), each record numbered by its first physical line.
 */
final class CsvRows implements InboundRows {

    private final String fileName;
    private final CountingInputStream bytes;
    private final CSVReader csv;
    private String[] header;
    private boolean ended;

    CsvRows(InboundFormat format) {
        this.fileName = format.fileName();
        try {
            bytes = new CountingInputStream(new BufferedInputStream(Files.newInputStream(format.path()), 1 << 16));
            if (format.bom()) {
                bytes.skipNBytes(3);
            }
        } catch (IOException e) {
            throw new FileRefusedException("Fichier refusé : lecture impossible de « %s » (%s)."
                    .formatted(format.path(), e.getMessage()), e);
        }
        csv = reader(new InputStreamReader(bytes, format.charset()), format.delimiter());
    }

    /** Text already decoded (a test fixture, a string): the same parsing and numbering. */
    CsvRows(java.io.Reader text, char delimiter, String fileName) {
        this.fileName = fileName;
        this.bytes = new CountingInputStream(java.io.InputStream.nullInputStream());
        this.csv = reader(text, delimiter);
    }

    private static CSVReader reader(java.io.Reader text, char delimiter) {
        return new CSVReaderBuilder(text).withCSVParser(new QuoteFreeLineParser(delimiter)).build();
    }

    @Override
    public String[] header() {
        if (header == null) {
            try {
                do {
                    header = readNext();
                } while (header != null && isBlank(header));
            } catch (IOException e) {
                throw new FileRefusedException("Fichier refusé : l'en-tête de « %s » est illisible (%s)."
                        .formatted(fileName, e.getMessage()), e);
            }
            if (header == null) {
                throw new FileRefusedException("Fichier refusé : « %s » est vide.".formatted(fileName));
            }
        }
        return header;
    }

    @Override
    public InboundRow next() {
        header();
        if (ended) {
            return null;
        }
        int line = (int) csv.getLinesRead() + 1;
        try {
            String[] cells;
            do {
                line = (int) csv.getLinesRead() + 1;
                cells = readNext();
            } while (cells != null && isBlank(cells));
            if (cells == null) {
                ended = true;
                return null;
            }
            return InboundRow.parsed(line, cells);
        } catch (IOException e) {
            ended = true;
            return InboundRow.unparseable(line, "ligne illisible jusqu'à la fin du fichier (guillemet non fermé ?)");
        }
    }

    private String[] readNext() throws IOException {
        try {
            return csv.readNext();
        } catch (CsvException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static boolean isBlank(String[] cells) {
        return cells.length == 1 && cells[0].isBlank();
    }

    @Override
    public long position() {
        return bytes.count;
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class CountingInputStream extends FilterInputStream {
        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
