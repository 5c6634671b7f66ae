package fr.raccrochage.partners;

import fr.raccrochage.partners.JdbcArchiveSettingsDao.Settings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.springframework.stereotype.Service;

/**
 * Encrypted partner files: each file a partner receives also goes out as a zip archive encrypted
 * with AES-256 (the WinZip AE-2 format that 7-Zip and WinRAR open), under a passphrase of its own
 * kept in {@code partenaire_archive} and given to the partner by another channel. On for every
 * partner unless its directory lines say {@code chiffrement} = non. The plain CSV stays in the
 * owner-only run folder as the Region's copy; the archive is what leaves.
 */
@Service
public class PartnerArchives {

    /** A partner named nowhere (not in the directory, no archive settings). */
    public static class UnknownPartnerException extends IllegalArgumentException {
        public UnknownPartnerException(String partnerId) {
            super("« " + partnerId + " » n'est pas un partenaire de l'annuaire.");
        }
    }

    private final JdbcArchiveSettingsDao dao;

    PartnerArchives(JdbcArchiveSettingsDao dao) {
        this.dao = dao;
    }

    /** After a directory import: every partner gets its setting, and a passphrase if it has none. */
    void configure(Collection<Partner> partners, Set<String> plainFiles, LocalDateTime now) {
        for (Partner partner : partners) {
            boolean encrypted = !plainFiles.contains(partner.id());
            if (!dao.setEncrypted(partner.id(), encrypted)) {
                dao.insert(partner.id(), new Settings(encrypted, Passphrases.generate()), now);
            }
        }
    }

    /** The partner's passphrase (created, encryption on, for a partner loaded before this setting existed). */
    public String passphrase(String partnerId, PartnerDirectory directory) {
        if (directory.partner(partnerId).isEmpty() && dao.find(partnerId).isEmpty()) {
            throw new UnknownPartnerException(partnerId);
        }
        return settingsOrDefault(partnerId).secret();
    }

    /** Draws a new passphrase for the partner (after a leak, or a change of contact). */
    public String renew(String partnerId, PartnerDirectory directory) {
        passphrase(partnerId, directory);
        String secret = Passphrases.generate();
        dao.setSecret(partnerId, secret, LocalDateTime.now());
        return secret;
    }

    public boolean encrypts(String partnerId) {
        return settingsOrDefault(partnerId).encrypted();
    }

    /**
     * Archives the file for the partner, if its files are encrypted: {@code <file>.zip} beside it, written
     * atomically (also to call again after rewriting a partner file, e.g. an erasure).
     */
    public Optional<PartnerArchive> archive(String partnerId, Path csv) {
        Settings settings = settingsOrDefault(partnerId);
        if (!settings.encrypted()) {
            return Optional.empty();
        }
        Path target = csv.resolveSibling(csv.getFileName() + ".zip");
        Path temporary = csv.resolveSibling("." + csv.getFileName() + ".zip.tmp");
        try {
            Files.deleteIfExists(temporary);
            try (ZipFile zip = new ZipFile(temporary.toFile(), settings.secret().toCharArray())) {
                zip.addFile(csv.toFile(), aes256(csv.getFileName().toString()));
            }
            ExportFiles.ownerOnly(temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new PartnerArchive(target, ExportFiles.sha256(target)));
    }

    /**
     * The same archive built in memory (the portal's download): one file, {@code fileName}, holding
     * {@code content}, under the partner's passphrase, whatever its {@code chiffrement} setting.
     */
    public byte[] archive(String partnerId, String fileName, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length / 2 + 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes, settingsOrDefault(partnerId).secret().toCharArray())) {
            zip.putNextEntry(aes256(fileName));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** AES-256, WinZip AE-2: what 7-Zip and WinRAR open. */
    private static ZipParameters aes256(String fileName) {
        ZipParameters parameters = new ZipParameters();
        parameters.setEncryptFiles(true);
        parameters.setEncryptionMethod(EncryptionMethod.AES);
        parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
        parameters.setFileNameInZip(fileName);
        return parameters;
    }

    private Settings settingsOrDefault(String partnerId) {
        return dao.find(partnerId).orElseGet(() -> {
            Settings created = new Settings(true, Passphrases.generate());
            dao.insert(partnerId, created, LocalDateTime.now());
            return created;
        });
    }
}
