package fr.raccrochage.core.privacy;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The last check before young people's data leaves the system: a young person who objected or
 * whose data was erased is in no output written after that fact was recorded, and a number
 * withdrawn from a young person by a rectification is printed for them nowhere.
 */
public interface OutputGate {

    /** The persons (registry ids) among these that no output may carry now. */
    Set<Long> barred(Collection<Long> personIds);

    default boolean isBarred(long personId) {
        return !barred(List.of(personId)).isEmpty();
    }

    /**
     * The numbers withdrawn from these persons (a rectification), to leave out of every output
     * written for them. The default (no number withdrawn) only serves stand-ins in tests.
     */
    default WithdrawnNumbers withdrawnNumbers(Collection<Long> personIds) {
        return WithdrawnNumbers.NONE;
    }

    /**
     * What an output about a wave's SIEI records (file and line, as stored) must leave out now:
     * the records of a barred young person, and a record bearing an erased young person's
     * fingerprint even before deduplication ties it to anyone; the numbers withdrawn from the
     * record's young person.
     */
    WaveRecords waveRecords(String waveId);

    /** A wave's records as {@link #waveRecords} judged them. */
    interface WaveRecords {

        boolean barred(long fileId, int line);

        /** Whether this E.164 number was withdrawn from the young person of this record. */
        boolean withdrawn(long fileId, int line, String number);
    }

    /** Numbers withdrawn by a rectification, per person (E.164 numbers). */
    @FunctionalInterface
    interface WithdrawnNumbers {

        WithdrawnNumbers NONE = (personId, number) -> false;

        boolean contains(long personId, String number);
    }
}
