package fr.raccrochage.partners;

import java.nio.file.Path;

/**
 * A withdrawal file of an export run: the young people a former partner no longer follows.
 *
 * @param archive the encrypted archive of the file, or null when the partner's files go out plain
 */
public record WithdrawalFile(String partnerId, PartnerType type, String waveLabel, Path file, int rows, String sha256,
        PartnerArchive archive) {
}
