package fr.raccrochage.ingestion;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk's accepted records and rejected lines, in the chunk's transaction, and adds the
 * chunk's stored and flagged records to the file's running figures in the same transaction: the
 * figures then always match what is stored, restarts included, without counting a million rows
 * back at the end (which cost about a fifth of the import).
 */
public class SieiRecordWriter implements ItemWriter<ProcessedLine> {

    private final JdbcSieiRecordDao records;
    private final long fileId;
    private final String waveId;

    SieiRecordWriter(JdbcSieiRecordDao records, long fileId, String waveId) {
        this.records = records;
        this.fileId = fileId;
        this.waveId = waveId;
    }

    @Override
    public void write(Chunk<? extends ProcessedLine> chunk) {
        List<SieiRecord> accepted = new ArrayList<>(chunk.size());
        List<ProcessedLine.Rejected> rejects = new ArrayList<>();
        int flagged = 0;
        for (ProcessedLine line : chunk) {
            if (line instanceof ProcessedLine.Accepted record) {
                accepted.add(record.record());
                flagged += record.record().flags().isEmpty() ? 0 : 1;
            } else {
                rejects.add((ProcessedLine.Rejected) line);
            }
        }
        if (!accepted.isEmpty()) {
            records.insertRecords(fileId, waveId, accepted, flagged);
        }
        if (!rejects.isEmpty()) {
            records.insertRejects(fileId, rejects);
        }
    }
}
