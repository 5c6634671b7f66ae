package fr.raccrochage.core;

/** Neutralizes text that a spreadsheet would run as a formula (CSV injection). */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }
}
