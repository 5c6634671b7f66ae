package fr.raccrochage.core.inbound;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * What the inspection found out about a file before any line is taken: its fingerprint and size,
 * and how to read it: a CSV text (encoding, BOM, separator) or a sheet of an {@code .xlsx} workbook.
 */
public record InboundFormat(Path path, String sha256, long size, Container container, Charset charset, boolean bom,
        char delimiter, String sheet) {

    /** The two kinds of container read. */
    public enum Container {
        CSV, XLSX
    }

    /** The label stored in the journal's {@code encodage} column (an encoding name, or XLSX). */
    public static final String XLSX_LABEL = "XLSX";

    public static InboundFormat csv(Path path, String sha256, long size, Charset charset, boolean bom, char delimiter) {
        return new InboundFormat(path, sha256, size, Container.CSV, charset, bom, delimiter, null);
    }

    public static InboundFormat xlsx(Path path, String sha256, long size, String sheet) {
        return new InboundFormat(path, sha256, size, Container.XLSX, null, false, ';', sheet);
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public boolean spreadsheet() {
        return container == Container.XLSX;
    }

    /** The encoding name, or XLSX for a workbook. */
    public String encodingLabel() {
        return spreadsheet() ? XLSX_LABEL : charset.name();
    }

    /** How the file was read, in French: "UTF-8 avec BOM, séparateur « ; »" or "classeur .xlsx, feuille « Liste »". */
    public String describe() {
        if (spreadsheet()) {
            return "classeur .xlsx, feuille « " + sheet + " »";
        }
        return charset.displayName() + (bom ? " avec BOM" : "") + ", séparateur « "
                + (delimiter == '\t' ? "tabulation" : String.valueOf(delimiter)) + " »";
    }

    /** The separator a line's raw text is joined with in rejects (";" for a workbook). */
    public String delimiterText() {
        return String.valueOf(delimiter);
    }
}
