package fr.raccrochage.ingestion;

import fr.raccrochage.core.inbound.InboundFormat;
import java.nio.charset.Charset;
import java.nio.file.Path;

/** What the inspection found out about a file before any line is read into the database. */
public record SieiFileFormat(InboundFormat inbound, SieiHeader header) {

    public Path path() {
        return inbound.path();
    }

    public String sha256() {
        return inbound.sha256();
    }

    public long size() {
        return inbound.size();
    }

    /** The text encoding, null for a workbook. */
    public Charset charset() {
        return inbound.charset();
    }

    public boolean bom() {
        return inbound.bom();
    }

    public char delimiter() {
        return inbound.delimiter();
    }

    public String fileName() {
        return inbound.fileName();
    }
}
