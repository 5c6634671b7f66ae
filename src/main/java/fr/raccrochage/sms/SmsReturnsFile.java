package fr.raccrochage.sms;

import fr.raccrochage.core.inbound.FileRefusedException;
import fr.raccrochage.core.inbound.HeaderMatch;
import fr.raccrochage.core.inbound.InboundColumn;
import fr.raccrochage.core.inbound.InboundFormat;
import fr.raccrochage.core.inbound.InboundInspector;
import fr.raccrochage.core.inbound.InboundRow;
import fr.raccrochage.core.inbound.InboundRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SMS provider's returns file read whole through the one inbound reader ({@code core.inbound}):
 * CSV in UTF-8 (with or without BOM) or Windows-1252, {@code ;} {@code ,} tab or {@code |}, or an
 * {@code .xlsx} sheet; header names compared as for the other files (case, accents, spaces,
 * punctuation ignored). A file that is unreadable, empty or lacks a required column is refused as a whole.
 */
public record SmsReturnsFile(InboundFormat format, List<Line> lines) {

    static final List<InboundColumn> COLUMNS = List.of(
            InboundColumn.optional("REFERENCE"),
            InboundColumn.optional("NUMERO"),
            InboundColumn.optional("TYPE"),
            InboundColumn.optional("STATUT"),
            InboundColumn.optional("DATE"),
            InboundColumn.optional("TEXTE"));
    static final List<String> REQUIRED = List.of("NUMERO", "TYPE", "DATE");

    /** A data line: its line (or sheet row) number, header = 1; cells by column name; its text; why unreadable. */
    record Line(int number, Map<String, String> cells, String text, String parseError) {

        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    public Path path() {
        return format.path();
    }

    public String sha256() {
        return format.sha256();
    }

    String fileName() {
        return format.fileName();
    }

    static SmsReturnsFile read(Path path) {
        return read(path, null);
    }

    static SmsReturnsFile read(Path path, String sheet) {
        InboundFormat format = InboundInspector.inspect(path, sheet);
        try (InboundRows rows = InboundRows.open(format)) {
            HeaderMatch header = HeaderMatch.match(rows.header(), COLUMNS, Map.of(),
                    "le fichier de retours SMS « " + format.fileName() + " »");
            List<String> missing = REQUIRED.stream().filter(c -> !header.has(c)).toList();
            if (!missing.isEmpty()) {
                throw new FileRefusedException("Fichier refusé : " + format.fileName()
                        + " : colonne(s) obligatoire(s) absente(s) de l'en-tête : " + String.join(", ", missing) + ".");
            }
            List<Line> lines = new ArrayList<>();
            for (InboundRow row = rows.next(); row != null; row = rows.next()) {
                if (row.parseError() != null) {
                    lines.add(new Line(row.line(), Map.of(), "", row.parseError()));
                    continue;
                }
                Map<String, String> byName = new LinkedHashMap<>();
                for (InboundColumn column : COLUMNS) {
                    if (header.has(column.name())) {
                        byName.put(column.name(), header.raw(row.cells(), column.name()));
                    }
                }
                lines.add(new Line(row.line(), byName, row.text(format.delimiterText()), null));
            }
            return new SmsReturnsFile(format, lines);
        }
    }
}
