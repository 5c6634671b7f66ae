package fr.raccrochage.rights;

import fr.raccrochage.core.person.IdentityFields;
import fr.raccrochage.core.person.RecordKey;
import fr.raccrochage.core.privacy.OutputGate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one implementation of the {@link OutputGate}, read from the database at each call, so that a
 * fact recorded a second ago is honoured: a young person is barred when they objected, when their
 * data was erased, or when one of their records carries the fingerprint of an erased young person
 * (a later list bringing them again). The fingerprints are only computed when some erasure exists.
 */
@Component
class RightsOutputGate implements OutputGate {

    private final JdbcRightsDao dao;
    private final KeyedHashes hashes;

    RightsOutputGate(JdbcRightsDao dao, KeyedHashes hashes) {
        this.dao = dao;
        this.hashes = hashes;
    }

    @Override
    public Set<Long> barred(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> barred = dao.opposedOrErased(personIds);
        if (dao.anySuppression()) {
            Set<String> suppressed = dao.suppressionPrints();
            Set<Long> rest = new HashSet<>(personIds);
            rest.removeAll(barred);
            for (JdbcRightsDao.RecordIdentity record : dao.identities(rest)) {
                if (recognised(record.identity(), suppressed)) {
                    barred.add(record.personId());
                }
            }
        }
        return barred;
    }

    @Override
    public WaveRecords waveRecords(String waveId) {
        Map<RecordKey, Long> concerned = dao.waveRecordsWithFacts(waveId);
        Set<Long> persons = new HashSet<>(concerned.values());
        Set<Long> barredPersons = barred(persons);
        WithdrawnNumbers withdrawn = withdrawnNumbers(persons);
        Set<RecordKey> barredRecords = new HashSet<>();
        concerned.forEach((record, person) -> {
            if (barredPersons.contains(person)) {
                barredRecords.add(record);
            }
        });
        if (dao.anySuppression()) {
            barredRecords.addAll(recognisedRecords(waveId, dao.suppressionPrints()));
        }
        return new WaveRecords() {
            @Override
            public boolean barred(long fileId, int line) {
                return barredRecords.contains(new RecordKey(fileId, line));
            }

            @Override
            public boolean withdrawn(long fileId, int line, String number) {
                Long person = concerned.get(new RecordKey(fileId, line));
                return person != null && withdrawn.contains(person, number);
            }
        };
    }

    /**
     * The wave's records bearing an erased young person's fingerprint, and every other record of
     * the wave tied to the same young person.
     */
    private Set<RecordKey> recognisedRecords(String waveId, Set<String> suppressed) {
        Set<RecordKey> records = new HashSet<>();
        Set<Long> persons = new HashSet<>();
        dao.forEachWaveRecordIdentity(waveId, (record, person, identity) -> {
            if (recognised(identity, suppressed)) {
                records.add(record);
                if (person != null) {
                    persons.add(person);
                }
            }
        });
        records.addAll(dao.waveRecordsOf(waveId, persons));
        return records;
    }

    boolean recognised(IdentityFields id, Set<String> suppressed) {
        String ine = hashes.ofIne(id.ine());
        if (ine != null && suppressed.contains(ine)) {
            return true;
        }
        return hashes.ofIdentity(id.lastName(), id.firstNames(), id.birthDate()).stream().anyMatch(suppressed::contains);
    }

    @Override
    public WithdrawnNumbers withdrawnNumbers(Collection<Long> personIds) {
        Map<Long, Set<String>> prints = dao.withdrawnPrints(personIds);
        if (prints.isEmpty()) {
            return WithdrawnNumbers.NONE;
        }
        return (personId, number) -> number != null && prints.containsKey(personId)
                && prints.get(personId).contains(hashes.ofNumber(number));
    }
}
