package fr.raccrochage.ingestion;

/** One record as read from the file: its first line's number and its fields, or why it could not be parsed. */
public record SieiLine(int lineNumber, String[] fields, String parseError) {

    static SieiLine parsed(int lineNumber, String[] fields) {
        return new SieiLine(lineNumber, fields, null);
    }

    static SieiLine unparseable(int lineNumber, String reason) {
        return new SieiLine(lineNumber, new String[0], reason);
    }

    String rawText(char delimiter) {
        return String.join(String.valueOf(delimiter), fields);
    }
}
