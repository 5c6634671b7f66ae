package fr.raccrochage.ingestion;

/** What became of one line: stored as a record, or rejected with its reason. */
public sealed interface ProcessedLine {

    int lineNumber();

    record Accepted(SieiRecord record) implements ProcessedLine {
        @Override
        public int lineNumber() {
            return record.lineNumber();
        }
    }

    record Rejected(int lineNumber, String reason, String content) implements ProcessedLine {
    }
}
