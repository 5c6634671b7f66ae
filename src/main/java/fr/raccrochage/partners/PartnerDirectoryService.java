package fr.raccrochage.partners;

import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.commune.CommuneDirectory;
import fr.raccrochage.core.inbound.FileRefusedException;
import fr.raccrochage.core.inbound.InboundFormat;
import fr.raccrochage.core.inbound.InboundInspector;
import fr.raccrochage.core.inbound.InboundKind;
import fr.raccrochage.core.inbound.InboundProperties;
import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.core.inbound.ReceivedFiles.ReceivedFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@code partenaires importer}: replaces the partner directory, all at once or not at all. */
@Service
public class PartnerDirectoryService {

    private static final Logger log = LoggerFactory.getLogger(PartnerDirectoryService.class);

    /**
     * What an import did, and what it changed for the referrals already made.
     *
     * @param vanished the file's rows whose commune is no longer in the COG in force, as sentences
     *                 ({@link #vanishedCommunes})
     */
    public record DirectoryImport(String fileName, int lines, int partners, int replaced, Rerouting rerouting,
            List<String> vanished) {
        public DirectoryImport(String fileName, int lines, int partners, int replaced, Rerouting rerouting) {
            this(fileName, lines, partners, replaced, rerouting, List.of());
        }
    }

    private final JdbcPartnerDirectoryDao dao;
    private final CommuneDirectory communes;
    private final RaccrochageProperties properties;
    private final DirectoryChanges changes;
    private final PartnerArchives archives;
    private final ReceivedFiles files;
    private final InboundProperties inbound;

    public PartnerDirectoryService(JdbcPartnerDirectoryDao dao, CommuneDirectory communes, RaccrochageProperties properties,
            DirectoryChanges changes, PartnerArchives archives, ReceivedFiles files,
            InboundProperties inbound) {
        this.files = files;
        this.inbound = inbound;
        this.dao = dao;
        this.communes = communes;
        this.properties = properties;
        this.changes = changes;
        this.archives = archives;
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
        return importFile(file, null);
    }

    /** @param sheet the workbook sheet to read ({@code --feuille}), or null */
    @Transactional
    public DirectoryImport importFile(Path file, String sheet) {
        InboundFormat format = InboundInspector.inspect(file, sheet);
        String name = format.fileName();
        DirectoryFile.Parsed parsed = new DirectoryFile(communes, properties.region(),
                inbound.aliases(InboundKind.ANNUAIRE)).read(format);
        if (!parsed.valid()) {
            throw new FileRefusedException("L'annuaire " + name + " est refusé (" + parsed.errors().size()
                    + (parsed.errors().size() > 1 ? " erreurs" : " erreur") + ") :\n  "
                    + String.join("\n  ", parsed.errors()) + "\nL'annuaire en place est conservé.");
        }
        int replaced = dao.count();
        PartnerDirectory before = current();
        dao.replaceAll(parsed.entries());
        int partners = (int) parsed.entries().stream().map(e -> e.partner().id()).distinct().count();
        LocalDateTime now = LocalDateTime.now();
        long importId = dao.recordImport(name, format.sha256(), parsed.lines(), partners, replaced, now);
        journal(format, parsed.lines());
        PartnerDirectory after = current();
        archives.configure(after.partners(), parsed.plainFiles(), now);
        Rerouting rerouting = changes.reroute(before, after, importId, now.toLocalDate());
        log.info("Annuaire des partenaires {} chargé : {} lignes, {} partenaires, {} lignes remplacées", name, parsed.lines(),
                partners, replaced);
        return new DirectoryImport(name, parsed.lines(), partners, replaced, rerouting,
                vanishedCommunes(parsed.entries(), communes));
    }

    /**
     * The stored directory's rows whose commune disappeared from the COG in force (merged into a
     * commune nouvelle, renumbered): after a COG import, the directory to bring up to date.
     */
    public List<String> vanishedCommunes(CommuneDirectory inForce) {
        return vanishedCommunes(dao.entries(), inForce);
    }

    /**
     * "ML-77-SUD (Mission locale Sud 77) : commune 77166 (Épisy) fusionnée dans 77316 (Moret-Loing-et-Orvanne)
     * le 01/01/2027", one per row whose code is no longer in the COG; such a row covers the commune it became.
     */
    static List<String> vanishedCommunes(Collection<DirectoryEntry> entries, CommuneDirectory inForce) {
        List<String> vanished = new ArrayList<>();
        for (DirectoryEntry entry : entries) {
            inForce.disappearance(entry.codeInsee()).ifPresent(gone -> vanished.add("%s (%s) : commune %s (%s) %s"
                    .formatted(entry.partner().id(), entry.partner().nom(), gone.code(), gone.name(), gone.describe())));
        }
        return List.copyOf(vanished);
    }

    /** Where the example directory (synthetic, Île-de-France) ships; loaded only by {@code demo} and tests. */
    public static final String EXAMPLE = "reference/partenaires-idf-exemple.csv";

    /**
     * Loads the example directory shipped in the jar, as an import of that file: for the demo, never
     * for a real database, whose directory comes from {@code partenaires importer}.
     */
    @Transactional
    public DirectoryImport importExample() {
        try (InputStream in = PartnerDirectoryService.class.getClassLoader().getResourceAsStream(EXAMPLE)) {
            Path folder = Files.createTempDirectory("raccrochage-annuaire");
            Path file = folder.resolve("partenaires-idf-exemple.csv");
            try {
                Files.copy(in, file);
                return importFile(file);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The directory import in the journal of received files. The same content imported again (to
     * restore it after another one) is a new import of the directory: its entry is dated again.
     */
    private void journal(InboundFormat format, int lines) {
        Optional<ReceivedFile> known = files.find(InboundKind.ANNUAIRE, null, format.sha256());
        long id = known.map(ReceivedFile::id).orElseGet(() -> files.register(InboundKind.ANNUAIRE, null, format));
        files.complete(id, lines, lines, 0, null);
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
