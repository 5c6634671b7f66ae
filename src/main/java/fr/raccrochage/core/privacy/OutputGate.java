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

    /** Numbers withdrawn by a rectification, per person (E.164 numbers). */
    @FunctionalInterface
    interface WithdrawnNumbers {

        WithdrawnNumbers NONE = (personId, number) -> false;

        boolean contains(long personId, String number);
    }
}
