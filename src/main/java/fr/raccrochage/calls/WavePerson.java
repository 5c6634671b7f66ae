package fr.raccrochage.calls;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A young person of a wave, from their SIEI records: name, first name and birth date of the first
 * record (file order, then line), usable numbers of all their records merged (young person's,
 * RESP1, RESP2; one entry per distinct number, owned by the first record that gave it).
 */
record WavePerson(long personId, String lastName, String firstName, LocalDate birthDate, Set<String> flags,
        List<PhoneNumber> numbers) {

    boolean outOfAge() {
        return flags.contains("HORS_AGE");
    }
}
