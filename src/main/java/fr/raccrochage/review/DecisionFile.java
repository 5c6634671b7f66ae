package fr.raccrochage.review;

import fr.raccrochage.core.inbound.FileRefusedException;
import fr.raccrochage.core.inbound.HeaderMatch;
import fr.raccrochage.core.inbound.InboundColumn;
import fr.raccrochage.core.inbound.InboundFormat;
import fr.raccrochage.core.inbound.InboundInspector;
import fr.raccrochage.core.inbound.InboundRow;
import fr.raccrochage.core.inbound.InboundRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads a decision file through the one inbound reader ({@code core.inbound}), as an operator's
 * spreadsheet may have saved it: UTF-8 with or without BOM or Windows-1252, « ; », « , » or tab, or
 * an {@code .xlsx} sheet; columns in any order, found by name ({@code paire}, {@code decision}),
 * blank lines skipped, each line keeping its physical line (or sheet row) number.
 */
final class DecisionFile {

    static final List<InboundColumn> COLUMNS = List.of(
            InboundColumn.optional("PAIRE"),
            InboundColumn.optional("DECISION"));

    /** One data line: its physical line number, the pair key and the decision as written. */
    record Line(int number, String pair, String decision) {
    }

    private DecisionFile() {
    }

    static List<Line> read(Path path) {
        return read(path, null);
    }

    static List<Line> read(Path path, String sheet) {
        InboundFormat format = InboundInspector.inspect(path, sheet);
        try (InboundRows rows = InboundRows.open(format)) {
            HeaderMatch header = HeaderMatch.match(rows.header(), COLUMNS, Map.of(),
                    "le fichier de décisions « " + format.fileName() + " »");
            if (!header.has("PAIRE") || !header.has("DECISION")) {
                throw new FileRefusedException(("Fichier refusé : « %s » n'a pas les colonnes « paire » et « decision » "
                        + "(utilisez le fichier écrit par « raccrochage doublons a-verifier »).").formatted(format.fileName()));
            }
            List<Line> lines = new ArrayList<>();
            for (InboundRow row = rows.next(); row != null; row = rows.next()) {
                if (row.parseError() != null) {
                    throw new FileRefusedException("Fichier refusé : « %s », ligne %d : %s.".formatted(
                            format.fileName(), row.line(), row.parseError()));
                }
                if (Arrays.stream(row.cells()).allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                lines.add(new Line(row.line(), header.get(row.cells(), "PAIRE"), header.get(row.cells(), "DECISION")));
            }
            return lines;
        }
    }
}
