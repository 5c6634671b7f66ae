package fr.raccrochage.partners;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code manifeste.csv} of an export run: one line per file (the partners' exports, then the
 * withdrawals), with its rows and SHA-256, and, when the partner's files are encrypted, the archive
 * to send and its own SHA-256.
 */
final class ExportManifest {

    static final String NAME = "manifeste.csv";
    static final String[] HEADER = {"fichier", "partenaire_id", "type", "vague", "contenu", "lignes", "renvois", "sha256",
        "archive", "sha256_archive"};
    static final String EXPORT = "ORIENTATIONS";
    static final String WITHDRAWAL = "RETRAITS";

    private ExportManifest() {
    }

    static Path write(Path run, List<ExportedFile> exports, List<WithdrawalFile> withdrawals) {
        List<String[]> lines = new ArrayList<>(exports.size() + withdrawals.size());
        for (ExportedFile f : exports) {
            lines.add(line(f.file(), f.partnerId(), f.type(), f.waveLabel(), EXPORT, f.rows(), f.resent(), f.sha256(),
                    f.archive()));
        }
        for (WithdrawalFile w : withdrawals) {
            lines.add(line(w.file(), w.partnerId(), w.type(), w.waveLabel(), WITHDRAWAL, w.rows(), 0, w.sha256(), w.archive()));
        }
        Path manifest = run.resolve(NAME);
        ExportFiles.write(manifest, HEADER, lines);
        return manifest;
    }

    private static String[] line(Path file, String partnerId, PartnerType type, String wave, String content, int rows,
            int resent, String sha256, PartnerArchive archive) {
        return new String[] {file.getFileName().toString(), partnerId, type == null ? null : type.name(), wave, content,
            String.valueOf(rows), String.valueOf(resent), sha256, archive == null ? null : archive.file().getFileName().toString(),
            archive == null ? null : archive.sha256()};
    }
}
