package fr.raccrochage.ingestion;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads an inspected SIEI file record by record (RFC 4180, line breaks inside quotes), keeping
 * each record's first physical line number. Restartable: the number of records handed out is
 * saved with each chunk, and a restart skips them.
 */
public class SieiLineReader implements ItemStreamReader<SieiLine> {

    static final String RECORDS_KEY = "siei.lecture.enregistrements";

    private static final int PROGRESS_EVERY = 1000;

    private final SieiFileFormat format;
    private final ImportProgress progress;
    private CSVReader csv;
    private CountingInputStream bytes;
    private int recordsRead;
    private boolean ended;

    public SieiLineReader(SieiFileFormat format, ImportProgress progress) {
        this.format = format;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            bytes = new CountingInputStream(new BufferedInputStream(Files.newInputStream(format.path()), 1 << 16));
            if (format.bom()) {
                bytes.skipNBytes(3);
            }
            csv = new CSVReaderBuilder(new InputStreamReader(bytes, format.charset()))
                    .withCSVParser(new RFC4180ParserBuilder().withSeparator(format.delimiter()).build())
                    .withSkipLines(0)
                    .build();
            skipHeader();
            int alreadyRead = context.getInt(RECORDS_KEY, 0);
            while (recordsRead < alreadyRead && read() != null) {
                // skipping what an earlier, interrupted run already stored
            }
        } catch (IOException e) {
            throw new ItemStreamException("Lecture impossible de " + format.path(), e);
        }
    }

    private void skipHeader() throws IOException {
        String[] header;
        do {
            header = readNext();
        } while (header != null && isBlank(header));
    }

    @Override
    public SieiLine read() {
        if (ended) {
            return null;
        }
        int lineNumber = (int) csv.getLinesRead() + 1;
        try {
            String[] fields;
            do {
                lineNumber = (int) csv.getLinesRead() + 1;
                fields = readNext();
            } while (fields != null && isBlank(fields));
            if (fields == null) {
                ended = true;
                return null;
            }
            if (++recordsRead % PROGRESS_EVERY == 0) {
                progress.report(bytes.count);
            }
            return SieiLine.parsed(lineNumber, fields);
        } catch (IOException e) {
            ended = true;
            recordsRead++;
            return SieiLine.unparseable(lineNumber, "ligne illisible jusqu'à la fin du fichier (guillemet non fermé ?)");
        }
    }

    private String[] readNext() throws IOException {
        try {
            return csv.readNext();
        } catch (CsvException e) {
            throw new IOException(e);
        }
    }

    private static boolean isBlank(String[] fields) {
        return fields.length == 1 && fields[0].isBlank();
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(RECORDS_KEY, recordsRead);
    }

    @Override
    public void close() {
        try {
            if (csv != null) {
                csv.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes of the file consumed so far, for the progress bar. */
    public long bytesRead() {
        return bytes == null ? 0 : bytes.count;
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
