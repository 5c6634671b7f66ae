package fr.raccrochage.identity;

import fr.raccrochage.core.FrenchCsvFile;
import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.privacy.OppositionSource;
import fr.raccrochage.core.privacy.Oppositions;
import fr.raccrochage.core.inbound.InboundKind;
import fr.raccrochage.core.inbound.InboundProperties;
import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.identity.JdbcKnownCaseDao.Opposition;
import fr.raccrochage.identity.JdbcKnownCaseDao.StoredFile;
import fr.raccrochage.identity.KnownCaseMatcher.Match;
import fr.raccrochage.identity.KnownCaseMatcher.Outcome;
import fr.raccrochage.identity.KnownCaseMatcher.ReviewCandidate;
import fr.raccrochage.identity.KnownCaseParser.Accepted;
import fr.raccrochage.identity.KnownCaseParser.Parsed;
import fr.raccrochage.identity.KnownCaseParser.Rejected;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code connus importer}: loads a partner's follow-up list or an opposition list, matches each line
 * to a young person of the registry with the identity engine, and records the decisions
 * ({@code cas_connu}), the rejects ({@code ligne_rejetee} and a reject file), the possible matches
 * left for review ({@code cas_connu_a_verifier}) and the oppositions ({@code opposition}).
 *
 * <p>One transaction per file: a list is small, and a run interrupted halfway leaves nothing, so
 * the same command simply does it again. A file is known by its SHA-256: importing it again adds
 * nothing.
 *
 * <p>Oppositions: a line that objects to contact is a legal matter, and a missed one means calling
 * someone who refused. So when an OPPOSITION line only possibly matches persons of the registry
 * (DOUBLON_POSSIBLE), the opposition is also recorded on each of those persons, marked "à vérifier"
 * in its origin: nobody who may have objected is called before a person has reviewed the match. A
 * wrong guess costs one young person not called until the review, never a wrong merge. Each one
 * goes the one way every objection goes ({@link Oppositions}): the young person's open cases close,
 * their planned attempts go, their pending exports are held, in this file's transaction.
 */
@Service
public class KnownCaseImportService {

    /** {@code personne.vague_creation} of the persons created by a known-cases list (no wave). */
    public static final String REGISTRY_ORIGIN = "CAS-CONNUS";

    private static final Logger LOG = LoggerFactory.getLogger(KnownCaseImportService.class);

    /** What an import did, counted on this file's lines. */
    public record KnownCaseSummary(String fileName, boolean alreadyImported, int read, int stored, int linked,
            int newPersons, int toReview, int rejected, Map<KnownCaseStatus, Integer> byStatus, int oppositions,
            Path rejectFile, Duration duration) {
    }

    private final JdbcIdentityDao identity;
    private final JdbcKnownCaseDao dao;
    private final IdentityProperties properties;
    private final RaccrochageProperties raccrochage;
    private final TransactionTemplate transaction;
    private final Oppositions objections;
    private final InboundProperties inbound;
    private final ReceivedFiles files;

    KnownCaseImportService(JdbcIdentityDao identity, JdbcKnownCaseDao dao, IdentityProperties properties,
            RaccrochageProperties raccrochage, PlatformTransactionManager tx, Oppositions objections,
            InboundProperties inbound, ReceivedFiles files) {
        this.files = files;
        this.objections = objections;
        this.inbound = inbound;
        this.identity = identity;
        this.dao = dao;
        this.properties = properties;
        this.raccrochage = raccrochage;
        this.transaction = new TransactionTemplate(tx);
    }

    /** Where the rejected lines of a known-cases file are written: numbered when an earlier list had its name. */
    private Path rejectFile(long fileId) {
        return files.rejectFile(rejectFolder(raccrochage.dossierSorties()), files.get(fileId));
    }

    /** The folder of the known-cases lists' reject files, under the output folder. */
    public static Path rejectFolder(Path outputs) {
        return outputs.resolve("connus").resolve("rejets");
    }

    /** Reads and checks the file before anything is stored (a refused file throws). */
    public KnownCaseFileCheck check(Path path) {
        return check(path, null);
    }

    /** Same, reading the given sheet of a workbook ({@code --feuille}; null for its only sheet). */
    public KnownCaseFileCheck check(Path path, String sheet) {
        KnownCaseFile file = KnownCaseFile.open(path, sheet, inbound.aliases(InboundKind.CAS_CONNUS));
        return new KnownCaseFileCheck(file, file.lines());
    }

    /** A file read and parsed, ready to import. */
    public static final class KnownCaseFileCheck {
        private final KnownCaseFile file;
        private final List<Parsed> lines;

        private KnownCaseFileCheck(KnownCaseFile file, List<Parsed> lines) {
            this.file = file;
            this.lines = lines;
        }

        public String fileName() {
            return file.fileName();
        }
    }

    public KnownCaseSummary importFile(Path path) {
        return importFile(check(path));
    }

    public KnownCaseSummary importFile(KnownCaseFileCheck checked) {
        Instant start = Instant.now();
        KnownCaseFile file = checked.file;
        StoredFile existing = dao.findBySha256(file.sha256());
        if (existing != null) {
            return summary(file.fileName(), existing.id(), true, existing.read(), existing.stored(), List.of(),
                    existing.rejected(), List.of(), 0, start);
        }
        List<KnownCaseLine> accepted = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (Parsed parsed : checked.lines) {
            if (parsed instanceof Accepted a) {
                accepted.add(a.line());
            } else {
                rejected.add((Rejected) parsed);
            }
        }
        Result result = transaction.execute(status -> store(file, accepted, rejected));
        if (!rejected.isEmpty()) {
            writeRejects(rejectFile(result.fileId()), rejected);
        }
        return summary(file.fileName(), result.fileId(), false, checked.lines.size(), accepted.size(),
                result.outcome().matches(), rejected.size(), result.outcome().createdPersons(), result.oppositions(), start);
    }

    private record Result(long fileId, Outcome outcome, int oppositions) {
    }

    private Result store(KnownCaseFile file, List<KnownCaseLine> accepted, List<Rejected> rejected) {
        long fileId = dao.insertFile(file.format(), accepted.size() + rejected.size(), accepted.size(), rejected.size());
        long started = System.nanoTime();
        RecordTable registry = identity.registry();
        long loaded = System.nanoTime();
        Outcome outcome = new KnownCaseMatcher(properties.thresholds())
                .match(registry, fileId, file.fileName(), accepted, dao.lastPersonId());
        dao.insertPersons(outcome.createdPersons(), REGISTRY_ORIGIN);
        dao.insertCases(fileId, outcome.matches());
        dao.insertRejects(fileId, rejected);
        int oppositions = 0;
        for (Opposition o : oppositions(file.fileName(), outcome.matches())) {
            try {
                oppositions += objections.oppose(o.personId(), OppositionSource.PARTENAIRE, o.origin(), o.since(), o.kind())
                        .recorded() ? 1 : 0;
            } catch (Oppositions.ErasedPersonException erased) {
                // already barred from every output: nothing more to apply
            }
        }
        LOG.info("Liste connus {} : registre de {} enregistrements lu en {} ms, {} lignes rapprochées en {} ms",
                file.fileName(), registry.size() - accepted.size(), (loaded - started) / 1_000_000, accepted.size(),
                (System.nanoTime() - loaded) / 1_000_000);
        return new Result(fileId, outcome, oppositions);
    }

    /** The line's own person, and with the precaution above, the persons it may be. */
    static List<Opposition> oppositions(String fileName, List<Match> matches) {
        List<Opposition> oppositions = new ArrayList<>();
        for (Match m : matches) {
            if (m.line().status() != KnownCaseStatus.OPPOSITION) {
                continue;
            }
            String origin = "liste connus " + fileName + " ligne " + m.line().line();
            oppositions.add(new Opposition(m.personId(), m.line().statusDate(), origin, Oppositions.Kind.REELLE));
            for (ReviewCandidate c : m.candidates()) {
                oppositions.add(new Opposition(c.personId(), m.line().statusDate(),
                        origin + " " + JdbcReviewDao.PRECAUTION_MARK, Oppositions.Kind.PRECAUTION));
            }
        }
        return oppositions;
    }

    private void writeRejects(Path target, List<Rejected> rejected) {
        FrenchCsvFile.write(target, new String[] {"ligne", "motif", "contenu"}, csv -> {
            for (Rejected r : rejected) {
                csv.writeNext(new String[] {Integer.toString(r.line()), r.motif(), r.content()}, false);
            }
            return rejected.size();
        });
    }

    private KnownCaseSummary summary(String fileName, long fileId, boolean already, int read, int stored, List<Match> matches,
            int rejected, List<Long> created, int oppositions, Instant start) {
        Map<KnownCaseStatus, Integer> byStatus = new EnumMap<>(KnownCaseStatus.class);
        for (KnownCaseStatus status : KnownCaseStatus.values()) {
            byStatus.put(status, 0);
        }
        int linked = 0;
        int review = 0;
        for (Match m : matches) {
            byStatus.merge(m.line().status(), 1, Integer::sum);
            if (m.decision() == Decision.MEME_PERSONNE && !m.newPerson()) {
                linked++;
            } else if (m.decision() == Decision.DOUBLON_POSSIBLE) {
                review++;
            }
        }
        return new KnownCaseSummary(fileName, already, read, stored, linked, created.size(), review, rejected,
                byStatus, oppositions, rejected > 0 ? rejectFile(fileId) : null, Duration.between(start, Instant.now()));
    }
}
