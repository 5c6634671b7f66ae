package fr.raccrochage.partners;

import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.commune.CommuneDirectory;
import fr.raccrochage.ingestion.FileRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@code partenaires importer}: replaces the partner directory, all at once or not at all. */
@Service
public class PartnerDirectoryService {

    private static final Logger log = LoggerFactory.getLogger(PartnerDirectoryService.class);

    /** What an import did. */
    public record DirectoryImport(String fileName, int lines, int partners, int replaced) {
    }

    private final JdbcPartnerDirectoryDao dao;
    private final CommuneDirectory communes;
    private final RaccrochageProperties properties;
    private final JdbcTemplate jdbc;

    public PartnerDirectoryService(JdbcPartnerDirectoryDao dao, CommuneDirectory communes, RaccrochageProperties properties,
            JdbcTemplate jdbc) {
        this.dao = dao;
        this.communes = communes;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** The directory as stored now. */
    public PartnerDirectory current() {
        return new PartnerDirectory(dao.entries(), communes);
    }

    /**
     * Checks the whole file, then replaces the stored directory in one transaction.
     *
     * @throws FileRefusedException listing every error with its line number; nothing is changed
     */
    @Transactional
    public DirectoryImport importFile(Path file) {
        String name = file.getFileName().toString();
        byte[] content = read(file);
        DirectoryFile.Parsed parsed = new DirectoryFile(communes, properties.region()).read(new StringReader(text(content)), name);
        if (!parsed.valid()) {
            throw new FileRefusedException("L'annuaire " + name + " est refusé (" + parsed.errors().size()
                    + (parsed.errors().size() > 1 ? " erreurs" : " erreur") + ") :\n  "
                    + String.join("\n  ", parsed.errors()) + "\nL'annuaire en place est conservé.");
        }
        int replaced = dao.count();
        dao.replaceAll(parsed.entries());
        int partners = (int) parsed.entries().stream().map(e -> e.partner().id()).distinct().count();
        jdbc.update("INSERT INTO import_annuaire (nom, empreinte, lignes, partenaires, remplacees, importe_le) VALUES (?, ?, ?, ?, ?, ?)",
                name, sha256(content), parsed.lines(), partners, replaced, Timestamp.valueOf(LocalDateTime.now()));
        log.info("Annuaire des partenaires {} chargé : {} lignes, {} partenaires, {} lignes remplacées", name, parsed.lines(),
                partners, replaced);
        return new DirectoryImport(name, parsed.lines(), partners, replaced);
    }

    /** UTF-8 (with or without BOM), or else Windows-1252, which spreadsheets still save by default. */
    static String text(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static byte[] read(Path file) {
        FileRefusedException.requireReadableFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new FileRefusedException("Le fichier " + file + " n'existe pas.");
        } catch (IOException e) {
            throw new FileRefusedException("Le fichier " + file + " est illisible (" + e.getMessage() + ").", e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
