package fr.raccrochage.identity;

import fr.raccrochage.identity.IdentityResolver.Link;
import fr.raccrochage.identity.IdentityResolver.Resolution;
import fr.raccrochage.identity.JdbcIdentityDao.PersonLink;
import fr.raccrochage.identity.JdbcIdentityDao.PossiblePair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Links every unlinked record of a wave to a person: an existing one when the engine finds the
 * young person among already linked records (this wave or earlier ones), a new one otherwise.
 * Records already linked are left as they are, so a second run adds nothing.
 */
@Component
class PersonLinker {

    static final String NEW_PERSON = "NOUVELLE_PERSONNE";
    private static final Logger LOG = LoggerFactory.getLogger(PersonLinker.class);

    private final JdbcIdentityDao dao;
    private final IdentityProperties properties;

    PersonLinker(JdbcIdentityDao dao, IdentityProperties properties) {
        this.dao = dao;
        this.properties = properties;
    }

    void link(String waveId) {
        long start = System.nanoTime();
        List<StoredRecord> records = dao.records(waveId);
        long read = System.nanoTime();
        long[] persons = records.stream().mapToLong(StoredRecord::personId).toArray();
        Resolution resolution = new IdentityResolver(properties.thresholds())
                .resolve(records.stream().map(StoredRecord::candidate).toList(), persons);
        long resolved = System.nanoTime();
        Map<Integer, Long> personOfCluster = existingPersons(records, resolution);
        Map<Integer, Link> possibleOf = possibleByRecord(resolution.possible());
        long nextId = dao.lastPersonId();
        List<Long> created = new ArrayList<>();
        List<PersonLink> links = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            StoredRecord record = records.get(i);
            if (record.personId() != 0) {
                continue;
            }
            int cluster = resolution.cluster()[i];
            Long person = personOfCluster.get(cluster);
            Link best = resolution.best()[i];
            if (person == null) {
                person = ++nextId;
                personOfCluster.put(cluster, person);
                created.add(person);
                links.add(firstLink(record, person, possibleOf.get(i), records));
            } else {
                links.add(linkTo(record, person, best, records));
            }
        }
        dao.insertPersons(created, waveId);
        dao.insertLinks(links, waveId);
        dao.insertPossiblePairs(resolution.possible().stream().map(l -> pair(l, records)).toList(), waveId);
        LOG.info("Vague {} : {} enregistrements lus en {} ms, résolus en {} ms, liens écrits en {} ms", waveId,
                records.size(), (read - start) / 1_000_000, (resolved - read) / 1_000_000,
                (System.nanoTime() - resolved) / 1_000_000);
    }

    private static Map<Integer, Long> existingPersons(List<StoredRecord> records, Resolution resolution) {
        Map<Integer, Long> persons = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).personId() != 0) {
                persons.put(resolution.cluster()[i], records.get(i).personId());
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
    private static PersonLink firstLink(StoredRecord record, long person, Link possible, List<StoredRecord> records) {
        if (possible == null) {
            return new PersonLink(record.fileId(), record.line(), person, NEW_PERSON, null,
                    "aucun autre enregistrement ne concorde");
        }
        return new PersonLink(record.fileId(), record.line(), person, Decision.DOUBLON_POSSIBLE.name(),
                possible.verdict().score(), possible.verdict().motif() + " ; à vérifier avec "
                        + other(record, possible, records));
    }

    private static PersonLink linkTo(StoredRecord record, long person, Link best, List<StoredRecord> records) {
        return new PersonLink(record.fileId(), record.line(), person, Decision.MEME_PERSONNE.name(),
                best.verdict().score(), best.verdict().motif() + " ; avec " + other(record, best, records));
    }

    private static String other(StoredRecord record, Link link, List<StoredRecord> records) {
        StoredRecord a = records.get(link.a());
        StoredRecord other = a == record ? records.get(link.b()) : a;
        String wave = other.waveId().equals(record.waveId()) ? "" : " (vague " + other.waveId() + ")";
        return other.fileName() + " ligne " + other.line() + wave;
    }

    private static PossiblePair pair(Link link, List<StoredRecord> records) {
        StoredRecord a = records.get(link.a());
        StoredRecord b = records.get(link.b());
        return new PossiblePair(a.fileId(), a.line(), b.fileId(), b.line(), link.verdict().score(),
                link.verdict().motif());
    }
}
