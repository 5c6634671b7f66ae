package fr.raccrochage.ingestion;

import java.nio.charset.Charset;
import java.nio.file.Path;

/** What the inspection found out about a file before any line is read into the database. */
public record SieiFileFormat(
        Path path, String sha256, long size, Charset charset, boolean bom, char delimiter, SieiHeader header) {

    public String fileName() {
        return path.getFileName().toString();
    }
}
