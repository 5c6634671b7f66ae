package fr.raccrochage.core.inbound;

/**
 * One record as read: its line number (a CSV's first physical line, the header being line 1; or
 * the sheet's row number) and its cells, or why it could not be parsed.
 */
public record InboundRow(int line, String[] cells, String parseError) {

    public static InboundRow parsed(int line, String[] cells) {
        return new InboundRow(line, cells, null);
    }

    public static InboundRow unparseable(int line, String reason) {
        return new InboundRow(line, new String[0], reason);
    }

    /** The record's text as stored with a reject: its cells joined by the file's separator. */
    public String text(String delimiter) {
        return String.join(delimiter, cells);
    }
}
