package fr.raccrochage.ingestion;

import fr.raccrochage.core.inbound.InboundKind;
import fr.raccrochage.core.inbound.ReceivedFiles;
import org.springframework.stereotype.Service;

/** Where a restarted load resumes, and a SIEI file's final figures, counted from what the database holds, so they stay right after a restart. */
@Service
class SieiFigures {

    private final JdbcSieiRecordDao records;
    private final ReceivedFiles files;

    SieiFigures(JdbcSieiRecordDao records, ReceivedFiles files) {
        this.records = records;
        this.files = files;
    }

    /**
     * Closes the file's journal entry: stored and flagged records are the running figures the
     * writer adds in each chunk's transaction ({@link SieiRecordWriter}), rejects are counted.
     */
    void complete(String waveId, String sha256) {
        var file = files.find(InboundKind.SIEI, waveId, sha256).orElseThrow();
        int stored = file.stored() == null ? 0 : file.stored();
        int flagged = file.flagged() == null ? 0 : file.flagged();
        int rejected = files.rejectedCount(file.id());
        files.complete(file.id(), stored + rejected, stored, rejected, flagged);
    }

    /** Lines of the file the database holds, accepted or rejected: where a restarted load resumes. */
    int storedLines(String waveId, String sha256) {
        long fileId = files.find(InboundKind.SIEI, waveId, sha256).orElseThrow().id();
        return records.countRecords(fileId) + files.rejectedCount(fileId);
    }
}
