package fr.raccrochage.calls;

import fr.raccrochage.core.person.IdentityFields;
import java.util.List;
import java.util.Set;

/**
 * A young person of a wave, from their SIEI records: the identity of the first record (file order,
 * then line), usable numbers of all their records merged (young person's, RESP1, RESP2; one entry
 * per distinct number, owned by the first record that gave it).
 */
record WavePerson(long personId, IdentityFields identity, Set<String> flags, List<CallNumber> numbers) {

    boolean outOfAge() {
        return flags.contains("HORS_AGE");
    }

    WavePerson withNumbers(List<CallNumber> others) {
        return new WavePerson(personId, identity, flags, others);
    }
}
