package fr.raccrochage.core.inbound;

/** A line not taken: its number in the file, the French reason, and its content as read. */
public record RejectedLine(int line, String reason, String content) {

    static final int REASON_MAX = 500;
    static final int CONTENT_MAX = 4000;

    public RejectedLine {
        reason = cut(reason, REASON_MAX);
        content = cut(content == null ? "" : content, CONTENT_MAX);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
