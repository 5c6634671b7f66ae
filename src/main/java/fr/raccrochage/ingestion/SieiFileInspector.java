package fr.raccrochage.ingestion;

import fr.raccrochage.core.inbound.FileRefusedException;
import fr.raccrochage.core.inbound.InboundFormat;
import fr.raccrochage.core.inbound.InboundInspector;
import fr.raccrochage.core.inbound.InboundRows;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a file can be read as an SIEI list at all, and how: what the one inbound reader
 * finds (encoding, separator, or workbook sheet; fingerprint), and the header mapped to the SIEI
 * columns. Stores nothing.
 */
public final class SieiFileInspector {

    static final Charset WINDOWS_1252 = InboundInspector.WINDOWS_1252;

    private final Map<String, List<String>> extraAliases;

    public SieiFileInspector(Map<String, List<String>> extraAliases) {
        this.extraAliases = extraAliases;
    }

    public SieiFileFormat inspect(Path path) {
        return inspect(path, null);
    }

    /** @param sheet the workbook sheet to read ({@code --feuille}), or null */
    public SieiFileFormat inspect(Path path, String sheet) {
        return withHeader(InboundInspector.inspect(path, sheet));
    }

    /** The format of a file inspected earlier (job parameters), reading its header only. */
    public SieiFileFormat reopen(InboundFormat inbound) {
        return withHeader(inbound);
    }

    private SieiFileFormat withHeader(InboundFormat inbound) {
        String[] names;
        try (InboundRows rows = InboundRows.open(inbound)) {
            names = rows.header();
        }
        if (names.length < 2) {
            throw new FileRefusedException("Fichier refusé : la première ligne n'est pas un en-tête de liste SIEI.");
        }
        return new SieiFileFormat(inbound, SieiHeader.match(names, extraAliases));
    }

    static char detectDelimiter(String headerLine) {
        return InboundInspector.detectDelimiter(headerLine);
    }
}
