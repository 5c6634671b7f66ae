package fr.raccrochage.partners;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export run wrote.
 *
 * @param directory the run's folder (null when there was nothing to send)
 * @param withheld referrals not sent because the directory no longer gives that partner for the commune
 * @param withdrawals the former partners told which young people they no longer follow
 */
public record ExportRun(Path directory, Path manifest, List<ExportedFile> files, int withheld,
        List<WithdrawalFile> withdrawals) {

    public ExportRun(Path directory, Path manifest, List<ExportedFile> files, int withheld) {
        this(directory, manifest, files, withheld, List.of());
    }

    public ExportRun {
        files = List.copyOf(files);
        withdrawals = List.copyOf(withdrawals);
    }

    public int rows() {
        return files.stream().mapToInt(ExportedFile::rows).sum();
    }

    /** Rows sent to a partner because a change of the directory gave it the young person. */
    public int rerouted() {
        return files.stream().mapToInt(ExportedFile::rerouted).sum();
    }

    public int withdrawn() {
        return withdrawals.stream().mapToInt(WithdrawalFile::rows).sum();
    }
}
