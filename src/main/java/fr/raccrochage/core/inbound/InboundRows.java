package fr.raccrochage.core.inbound;

import java.io.Closeable;

/**
 * The records of an inspected file, in order, blank lines skipped: the header first
 * ({@link #header()}), then one {@link InboundRow} per record. Streams: memory does not grow with
 * the file.
 */
public interface InboundRows extends Closeable {

    /** Opens a file as its inspection described it. */
    static InboundRows open(InboundFormat format) {
        return format.spreadsheet() ? new XlsxRows(format) : new CsvRows(format);
    }

    /** Decoded CSV text (tests, strings), numbered and parsed as a file would be. */
    static InboundRows csv(java.io.Reader text, char delimiter, String fileName) {
        return new CsvRows(text, delimiter, fileName);
    }

    /** The header's cells; the file is refused when it has none. */
    String[] header();

    /** The next record, or null at the end. A record that cannot be parsed ends the file. */
    InboundRow next();

    /** How far into the file reading has gone, in bytes (CSV) or rows (workbook), for a progress bar. */
    long position();

    @Override
    void close();
}
