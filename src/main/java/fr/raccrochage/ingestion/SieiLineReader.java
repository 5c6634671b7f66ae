package fr.raccrochage.ingestion;

import fr.raccrochage.core.inbound.InboundRow;
import fr.raccrochage.core.inbound.InboundRows;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads an inspected SIEI file record by record through the one inbound reader (CSV or workbook
 * sheet), keeping each record's line number. Restartable: the number of records handed out is saved
 * with each chunk, and a restart skips them.
 */
public class SieiLineReader implements ItemStreamReader<SieiLine> {

    static final String RECORDS_KEY = "siei.lecture.enregistrements";

    private static final int PROGRESS_EVERY = 1000;

    private final SieiFileFormat format;
    private final ImportProgress progress;
    private InboundRows rows;
    private int recordsRead;

    public SieiLineReader(SieiFileFormat format, ImportProgress progress) {
        this.format = format;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        rows = InboundRows.open(format.inbound());
        rows.header();
        int alreadyRead = context.getInt(RECORDS_KEY, 0);
        while (recordsRead < alreadyRead && read() != null) {
            // skipping what an earlier, interrupted run already stored
        }
    }

    @Override
    public SieiLine read() {
        InboundRow row = rows.next();
        if (row == null) {
            return null;
        }
        if (++recordsRead % PROGRESS_EVERY == 0) {
            progress.report(bytesRead());
        }
        return row.parseError() == null ? SieiLine.parsed(row.line(), row.cells())
                : SieiLine.unparseable(row.line(), row.parseError());
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(RECORDS_KEY, recordsRead);
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
        }
    }

    /** Bytes of the file consumed so far (rows for a workbook), for the progress bar. */
    public long bytesRead() {
        return rows == null ? 0 : rows.position();
    }
}
