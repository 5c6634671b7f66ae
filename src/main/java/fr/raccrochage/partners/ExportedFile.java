package fr.raccrochage.partners;

import java.nio.file.Path;

/** One file of an export run, as listed in its manifest and journaled in {@code export_partenaire}. */
public record ExportedFile(long exportId, String partnerId, PartnerType type, String waveLabel, Path file, int rows,
        int resent, String sha256) {
}
