package fr.raccrochage.identity;

import fr.raccrochage.core.inbound.InboundFormat;
import fr.raccrochage.core.inbound.InboundInspector;
import fr.raccrochage.core.inbound.InboundRow;
import fr.raccrochage.core.inbound.InboundRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A known-cases list read whole (partners' lists are small) through the one inbound reader: CSV in
 * UTF-8 (with or without BOM) or Windows-1252, {@code ;} {@code ,} or tab, or an {@code .xlsx} sheet.
 */
final class KnownCaseFile {

    private final InboundFormat format;
    private final Map<String, List<String>> aliases;

    private KnownCaseFile(InboundFormat format, Map<String, List<String>> aliases) {
        this.format = format;
        this.aliases = aliases;
    }

    static KnownCaseFile open(Path path) {
        return open(path, null, Map.of());
    }

    static KnownCaseFile open(Path path, String sheet, Map<String, List<String>> aliases) {
        return new KnownCaseFile(InboundInspector.inspect(path, sheet), aliases);
    }

    InboundFormat format() {
        return format;
    }

    String fileName() {
        return format.fileName();
    }

    String sha256() {
        return format.sha256();
    }

    /** Parses every data line (line numbers as in a text editor or the sheet, the header being line 1). */
    List<KnownCaseParser.Parsed> lines() {
        List<KnownCaseParser.Parsed> parsed = new ArrayList<>();
        try (InboundRows rows = InboundRows.open(format)) {
            KnownCaseParser parser = KnownCaseParser.forHeader(fileName(), rows.header(), aliases);
            for (InboundRow row = rows.next(); row != null; row = rows.next()) {
                if (row.parseError() != null) {
                    parsed.add(new KnownCaseParser.Rejected(row.line(), row.parseError(), ""));
                } else {
                    parsed.add(parser.parse(row.line(), row.cells(), row.text(format.delimiterText())));
                }
            }
        }
        return parsed;
    }
}
