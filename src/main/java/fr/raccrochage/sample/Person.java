package fr.raccrochage.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * One synthetic young person, as the truth knows it; records are written from it.
 *
 * @param id personne_id of the truth file, null for the made-up people of bad lines and unlisted known cases
 * @param sex 'M' or 'F'
 * @param ine canonical INE, or null
 * @param phone ten national digits, or null
 * @param badPhone an unusable phone value written instead of {@code phone}, or null
 * @param address the young person's own address, null when the source only gives the guardians'
 * @param traits truth-file tags of the person ("JUMEAU", "HORS_REGION"…), '|'-separated, maybe empty
 */
record Person(String id, Family family, char sex, List<String> firstNames, String lastName, LocalDate birthDate,
        String ine, String phone, String badPhone, String email, Address address, Schooling schooling,
        String traits) {

    /** The place the young person lives: their own address or else their family's. */
    Place residence() {
        return address != null ? address.place() : family.home().place();
    }

    Person withNames(String newLastName, List<String> newFirstNames) {
        return new Person(id, family, sex, newFirstNames, newLastName, birthDate, ine, phone, badPhone, email,
                address, schooling, traits);
    }

    Person withBirthDate(LocalDate date) {
        return new Person(id, family, sex, firstNames, lastName, date, ine, phone, badPhone, email, address,
                schooling, traits);
    }

    Person withIne(String newIne) {
        return new Person(id, family, sex, firstNames, lastName, birthDate, newIne, phone, badPhone, email, address,
                schooling, traits);
    }

    Person withPhone(String newPhone) {
        return new Person(id, family, sex, firstNames, lastName, birthDate, ine, newPhone, null, email, address,
                schooling, traits);
    }

    Person withSchooling(Schooling newSchooling) {
        return new Person(id, family, sex, firstNames, lastName, birthDate, ine, phone, badPhone, email, address,
                newSchooling, traits);
    }

    Person movedTo(Address newAddress, Family newFamily) {
        return new Person(id, newFamily, sex, firstNames, lastName, birthDate, ine, phone, badPhone, email,
                newAddress, schooling, traits);
    }

    Person withTraits(String newTraits) {
        return new Person(id, family, sex, firstNames, lastName, birthDate, ine, phone, badPhone, email, address,
                schooling, newTraits);
    }
}
