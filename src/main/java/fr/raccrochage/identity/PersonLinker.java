package fr.raccrochage.identity;

import fr.raccrochage.identity.IdentityResolver.Link;
import fr.raccrochage.identity.IdentityResolver.Resolution;
import fr.raccrochage.identity.JdbcIdentityDao.PersonLink;
import fr.raccrochage.identity.JdbcIdentityDao.PossiblePair;
import fr.raccrochage.identity.JdbcKnownCaseDao.Opposition;
import fr.raccrochage.core.privacy.Oppositions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links every unlinked record of a wave to a person: an existing one when the engine finds the
 * young person among already linked records (this wave or earlier ones) or among the known-case
 * lines, a new one otherwise. Records already linked are left as they are, so a second run adds
 * nothing. Links are written in chunks, so that their explanations never all sit in memory.
 */
@Component
class PersonLinker {

    static final String NEW_PERSON = "NOUVELLE_PERSONNE";
    static final int CHUNK = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(PersonLinker.class);

    private final JdbcIdentityDao dao;
    private final JdbcKnownCaseDao oppositions;
    private final IdentityProperties properties;
    private final TransactionTemplate chunkTransaction;
    private int chunkSize = CHUNK;

    PersonLinker(JdbcIdentityDao dao, JdbcKnownCaseDao oppositions, IdentityProperties properties,
            PlatformTransactionManager tx) {
        this.dao = dao;
        this.oppositions = oppositions;
        this.properties = properties;
        this.chunkTransaction = new TransactionTemplate(tx);
        this.chunkTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Links a chunk holds (tests: small chunks, so that a small wave spans many). */
    void chunkSize(int links) {
        this.chunkSize = links;
    }

    /**
     * What one run wrote: the persons it created, its links to persons that existed before it, and
     * its DOUBLON_POSSIBLE links (the first record of a new person that may be another one).
     */
    record Written(int persons, int toExistingPersons, int flagged) {
    }

    Written link(String waveId) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        RecordTable records = dao.records(waveId);
        long read = System.nanoTime();
        long cpuRead = cpu.getCurrentThreadCpuTime();
        Profile[] profiles = records.profiles();
        MatchWeights weights = MatchWeights.HAND_SET;
        if (properties.poidsAppris()) {
            WeightEstimator.Result learned = properties.weightsFor(profiles);
            weights = learned.weights();
            LOG.info("Vague {} : poids {} ({} paires comparées, {} tirées au hasard) en {} ms", waveId,
                    switch (learned.verdict()) {
                        case LEARNED -> "appris";
                        case TOO_FEW_PAIRS -> "réglés à la main (trop peu de paires)";
                        case SATURATED -> "réglés à la main (estimation saturée)";
                        case NOT_SEPARATED -> "réglés à la main (estimation non séparée)";
                    }, learned.blockedPairs(),
                    learned.randomPairs(), (System.nanoTime() - read) / 1_000_000);
        }
        Resolution resolution = new IdentityResolver(properties.thresholds(), weights)
                .resolve(profiles, records.persons());
        profiles = null;
        records.dropProfiles();
        long resolved = System.nanoTime();
        long cpuResolved = cpu.getCurrentThreadCpuTime();
        long[] personOfCluster = existingPersons(records, resolution);
        // a possible link inside one person (both records joined by surer links) is no pair to review
        List<Link> possible = resolution.possible().stream()
                .filter(l -> resolution.cluster()[l.a()] != resolution.cluster()[l.b()]).toList();
        Map<Integer, Link> possibleOf = possibleByRecord(possible);
        // Possible pairs first: a pair whose two records get linked in an interrupted run would not
        // be found again by the next run (linked records are not compared with each other).
        List<PossiblePair> pairs = possible.stream()
                .filter(l -> records.source(l.a()) == RecordTable.Source.SIEI
                        && records.source(l.b()) == RecordTable.Source.SIEI)
                .map(l -> pair(l, records)).toList();
        chunkTransaction.executeWithoutResult(status -> dao.insertPossiblePairs(pairs, waveId));
        Map<Integer, Opposition> opposed = opposedCandidates(records, possible);
        long nextId = dao.lastPersonId();
        long lastExisting = nextId;
        int persons = 0;
        int toExisting = 0;
        int flagged = 0;
        List<Long> created = new ArrayList<>();
        List<PersonLink> links = new ArrayList<>();
        List<Opposition> precautions = new ArrayList<>();
        int written = 0;
        for (int i = 0; i < records.size(); i++) {
            if (records.person(i) != 0) {
                continue;
            }
            int cluster = resolution.cluster()[i];
            long person = personOfCluster[cluster];
            if (person == 0) {
                person = ++nextId;
                personOfCluster[cluster] = person;
                created.add(person);
                persons++;
                Link possibleLink = possibleOf.get(i);
                flagged += possibleLink == null ? 0 : 1;
                links.add(firstLink(records, i, person, possibleLink, waveId));
            } else {
                toExisting += person <= lastExisting ? 1 : 0;
                links.add(linkTo(records, i, person, resolution.best()[i], waveId));
            }
            Opposition opposition = opposed.get(i);
            if (opposition != null) {
                precautions.add(new Opposition(person, opposition.since(), opposition.origin(), Oppositions.Kind.PRECAUTION));
            }
            if (links.size() >= chunkSize) {
                written += flush(created, links, precautions, waveId);
            }
        }
        written += flush(created, links, precautions, waveId);
        // CPU of this thread per phase: the steadier figure on a shared machine
        LOG.info("Vague {} : {} enregistrements lus en {} ms, résolus en {} ms, {} liens écrits en {} ms"
                + " (CPU du fil principal : {} / {} / {} ms)", waveId, records.size(), (read - start) / 1_000_000,
                (resolved - read) / 1_000_000, written, (System.nanoTime() - resolved) / 1_000_000,
                (cpuRead - cpuStart) / 1_000_000, (cpuResolved - cpuRead) / 1_000_000,
                (cpu.getCurrentThreadCpuTime() - cpuResolved) / 1_000_000);
        return new Written(persons, toExisting, flagged);
    }

    /**
     * Persons first, then the links that refer to them, committed together chunk by chunk: one
     * transaction of two million rows costs H2 more than the rows. An interrupted run keeps the
     * chunks written; the next run resolves the remaining records against them.
     */
    private int flush(List<Long> created, List<PersonLink> links, List<Opposition> precautions, String waveId) {
        chunkTransaction.executeWithoutResult(status -> {
            dao.insertPersons(created, waveId);
            dao.insertLinks(links, waveId);
            oppositions.insertOppositions(precautions);
        });
        int count = links.size();
        created.clear();
        links.clear();
        precautions.clear();
        return count;
    }

    /**
     * The records that may be (DOUBLON_POSSIBLE) a young person who objected to contact: the same
     * precaution as for the known-case lists, the opposition is carried over to the record's person
     * until a person has reviewed the pair. A missed opposition means calling someone who refused.
     */
    private Map<Integer, Opposition> opposedCandidates(RecordTable records, List<Link> possible) {
        Map<Long, Opposition> byPerson = oppositions.oppositions();
        Map<Integer, Opposition> opposed = new HashMap<>();
        if (byPerson.isEmpty()) {
            return opposed;
        }
        for (Link link : possible) {
            for (int[] pair : new int[][] {{link.a(), link.b()}, {link.b(), link.a()}}) {
                Opposition o = records.person(pair[0]) == 0 ? byPerson.get(records.person(pair[1])) : null;
                if (o != null) {
                    opposed.putIfAbsent(pair[0], new Opposition(0, o.since(), cut("opposition de "
                            + records.describe(pair[1], null) + " " + JdbcReviewDao.PRECAUTION_MARK),
                            Oppositions.Kind.PRECAUTION));
                }
            }
        }
        return opposed;
    }

    private static String cut(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200);
    }

    /** For each cluster representative, the person of its linked records (0 when none). */
    private static long[] existingPersons(RecordTable records, Resolution resolution) {
        long[] persons = new long[records.size()];
        for (int i = 0; i < records.size(); i++) {
            if (records.person(i) != 0) {
                persons[resolution.cluster()[i]] = records.person(i);
            }
        }
        return persons;
    }

    private static Map<Integer, Link> possibleByRecord(List<Link> possible) {
        Map<Integer, Link> byRecord = new HashMap<>();
        for (Link link : possible) {
            byRecord.merge(link.a(), link, PersonLinker::stronger);
            byRecord.merge(link.b(), link, PersonLinker::stronger);
        }
        return byRecord;
    }

    private static Link stronger(Link x, Link y) {
        return x.verdict().score() >= y.verdict().score() ? x : y;
    }

    /** The first record of a new person: new, or new but flagged as a possible duplicate of another. */
    private static PersonLink firstLink(RecordTable records, int i, long person, Link possible, String waveId) {
        if (possible == null) {
            return new PersonLink(records.fileId(i), records.line(i), person, NEW_PERSON, null,
                    "aucun autre enregistrement ne concorde", null);
        }
        return new PersonLink(records.fileId(i), records.line(i), person, Decision.DOUBLON_POSSIBLE.name(),
                possible.verdict().score(), possible.verdict().motif() + " ; à vérifier avec "
                        + other(records, i, possible, waveId), possible.verdict().detail());
    }

    private static PersonLink linkTo(RecordTable records, int i, long person, Link best, String waveId) {
        return new PersonLink(records.fileId(i), records.line(i), person, Decision.MEME_PERSONNE.name(),
                best.verdict().score(), best.verdict().motif() + " ; avec " + other(records, i, best, waveId),
                best.verdict().detail());
    }

    private static String other(RecordTable records, int i, Link link, String waveId) {
        return records.describe(link.a() == i ? link.b() : link.a(), waveId);
    }

    private static PossiblePair pair(Link link, RecordTable records) {
        return new PossiblePair(records.fileId(link.a()), records.line(link.a()), records.fileId(link.b()),
                records.line(link.b()), link.verdict().score(), link.verdict().motif(), link.verdict().detail());
    }
}
