package fr.raccrochage.partners;

import java.nio.file.Path;

/** The encrypted archive of one partner file: what is sent, and its SHA-256 for the manifest. */
public record PartnerArchive(Path file, String sha256) {
}
