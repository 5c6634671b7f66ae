package fr.raccrochage.core.inbound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A data line of a file read whole by the columns its kind declares: its line (or sheet row) number,
 * header = 1; its cells by declared column name; its text, for the reject file; why it could not be
 * read, if so. For the small files a stage checks line by line after reading them all (call
 * results, SMS returns); the SIEI list streams its rows instead.
 */
public record DeclaredLine(int number, Map<String, String> cells, String text, String parseError) {

    /** The cell of a declared column, stripped; "" when the file has no such column. */
    public String get(String column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }

    /**
     * Reads the whole file: its header matched to the declared columns (refused when a required one
     * is missing), then {@code check} for the kind's own header rule, then every data line.
     *
     * @param described the file as the refusal names it ("le fichier de résultats d'appels « x.csv »")
     */
    public static List<DeclaredLine> readAll(InboundFormat format, List<InboundColumn> columns,
            Map<String, List<String>> aliases, String described, Consumer<HeaderMatch> check) {
        try (InboundRows rows = InboundRows.open(format)) {
            HeaderMatch header = HeaderMatch.match(rows.header(), columns, aliases, described);
            check.accept(header);
            List<DeclaredLine> lines = new ArrayList<>();
            for (InboundRow row = rows.next(); row != null; row = rows.next()) {
                if (row.parseError() != null) {
                    lines.add(new DeclaredLine(row.line(), Map.of(), "", row.parseError()));
                    continue;
                }
                Map<String, String> byName = new LinkedHashMap<>();
                for (InboundColumn column : columns) {
                    if (header.has(column.name())) {
                        byName.put(column.name(), header.raw(row.cells(), column.name()));
                    }
                }
                lines.add(new DeclaredLine(row.line(), byName, row.text(format.delimiterText()), null));
            }
            return lines;
        }
    }
}
