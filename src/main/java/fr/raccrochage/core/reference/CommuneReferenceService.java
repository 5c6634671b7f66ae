package fr.raccrochage.core.reference;

import fr.raccrochage.core.commune.CommuneDirectory;
import fr.raccrochage.core.commune.CommuneDisappearance;
import fr.raccrochage.core.commune.CommuneMovement;
import fr.raccrochage.core.commune.CommuneType;
import fr.raccrochage.core.inbound.InboundFormat;
import fr.raccrochage.core.inbound.InboundInspector;
import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.core.inbound.ReceivedFiles.ReceivedFile;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commune directory in force: the COG shipped in the jar until {@code referentiel communes importer}
 * replaces it with INSEE's and La Poste's files of a year, all or nothing, and records that version.
 * The running process keeps the directory it started with; the next command reads the new one.
 */
@Service
public class CommuneReferenceService {

    private static final Logger log = LoggerFactory.getLogger(CommuneReferenceService.class);

    /**
     * What an import did.
     *
     * @param merged the codes no longer in the COG that INSEE's history leads to today's commune
     * @param removedWithoutSuccessor the codes no longer in the COG that lead nowhere (split, or history missing)
     * @param directory the directory now in force
     */
    public record CogImport(ReferenceVersion version, Set<String> added, List<CommuneDisappearance> merged,
            Set<String> removedWithoutSuccessor, Set<String> postalCodesForUnknownCommunes, CommuneDirectory directory) {
    }

    private final JdbcCommuneReferenceDao dao;
    private final ReceivedFiles received;

    public CommuneReferenceService(JdbcCommuneReferenceDao dao, ReceivedFiles received) {
        this.dao = dao;
        this.received = received;
    }

    /** The directory in force, as stored; the shipped one is read from the jar (the same data, faster). */
    public CommuneDirectory directory() {
        if (dao.current().map(ReferenceVersion::shipped).orElse(true)) {
            return CommuneDirectory.fromClasspath();
        }
        return CommuneDirectory.of(dao.communes(), dao.movements());
    }

    public Optional<ReferenceVersion> current() {
        return dao.current();
    }

    /**
     * Reads the three files of the folder, checks them whole, then replaces the directory and its
     * history in one transaction and records the version; each file goes to the journal of received
     * files too, as every incoming file does.
     *
     * @throws fr.raccrochage.core.inbound.FileRefusedException a file missing, unreadable or with a bad
     *         line, as a French sentence; nothing is stored
     */
    @Transactional
    public CogImport importFolder(Path folder) {
        CogFolder files = CogFolder.locate(folder);
        InboundFormat communesFormat = InboundInspector.inspect(files.communes(), null);
        InboundFormat movementsFormat = InboundInspector.inspect(files.movements(), null);
        InboundFormat postalFormat = InboundInspector.inspect(files.postalCodes(), null);
        List<CogFiles.CogRow> rows = CogFiles.communes(communesFormat);
        List<CommuneMovement> movements = CogFiles.movements(movementsFormat);
        CogFiles.PostalCodes postal = CogFiles.postalCodes(postalFormat);
        CommuneDirectory previous = directory();
        CommuneDirectoryUpdate.Result update = CommuneDirectoryUpdate.build(rows, movements, postal, previous,
                communesFormat.fileName());
        int communes = (int) update.entries().stream().filter(c -> c.type() == CommuneType.COMMUNE).count();
        // Written last, in the one transaction: a refusal above leaves the directory in force untouched.
        ReferenceVersion version = new ReferenceVersion(0, files.year(), postalFormat.fileName(),
                folder.toAbsolutePath().normalize().toString(), LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                communes, movements.size(), List.of(
                        file(ReferenceFile.Role.COMMUNES, communesFormat, rows.size()),
                        file(ReferenceFile.Role.MOUVEMENTS, movementsFormat, movements.size()),
                        file(ReferenceFile.Role.CODES_POSTAUX, postalFormat, postal.lines())));
        dao.replace(update.entries(), movements, version);
        CommuneDirectory next = CommuneDirectory.of(update.entries(), movements);
        List<CommuneDisappearance> merged = update.removed().stream().map(next::disappearance).flatMap(Optional::stream).toList();
        Set<String> lost = new TreeSet<>(update.removed());
        merged.forEach(m -> lost.remove(m.code()));
        log.info("Code officiel géographique {} importé depuis {} : {} communes, {} mouvements, {} codes apparus, {} disparus",
                files.year(), folder, communes, movements.size(), update.added().size(), update.removed().size());
        return new CogImport(dao.current().orElseThrow(), update.added(), merged, lost, update.postalCodesForUnknownCommunes(),
                next);
    }

    /** The file, journaled as received (a file received before keeps its entry: same kind, same SHA-256). */
    private ReferenceFile file(ReferenceFile.Role role, InboundFormat format, int lines) {
        long id = received.find(role.kind(), null, format.sha256()).map(ReceivedFile::id).orElseGet(() -> {
            long entry = received.register(role.kind(), null, format);
            received.complete(entry, lines, lines, 0, null);
            return entry;
        });
        return new ReferenceFile(role, format.fileName(), format.sha256(), format.encodingLabel(), lines, id);
    }
}
