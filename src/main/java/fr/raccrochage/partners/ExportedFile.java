package fr.raccrochage.partners;

import java.nio.file.Path;

/**
 * One file of an export run, as listed in its manifest and journaled in {@code export_partenaire}.
 *
 * @param rerouted rows given to this partner by a change of the directory
 * @param archive the encrypted archive to send, or null when the partner's files go out plain
 */
public record ExportedFile(long exportId, String partnerId, PartnerType type, String waveLabel, Path file, int rows,
        int resent, String sha256, int rerouted, PartnerArchive archive) {

    public ExportedFile(long exportId, String partnerId, PartnerType type, String waveLabel, Path file, int rows, int resent,
            String sha256) {
        this(exportId, partnerId, type, waveLabel, file, rows, resent, sha256, 0, null);
    }
}
