package fr.raccrochage.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Makes synthetic families and young people: names, birth dates, addresses, phones, INE, schooling. */
final class PersonFactory {

    /** Relative weights of the ages 16 to 25 at the reference date: mostly 16–19. */
    private static final int[] AGE_WEIGHTS = {26, 27, 21, 12, 5, 3, 2, 2, 1, 1};
    static final int MIN_AGE = 16;
    static final int MAX_AGE = 25;

    static final double FORMER_COMMUNE = 0.004;
    static final double OUT_OF_REGION = 0.01;
    static final double UNKNOWN_COMMUNE = 0.005;
    static final double GUARDIAN_ADDRESS_ONLY = 0.04;
    static final double NO_PHONE = 0.05;
    static final double INVALID_PHONE = 0.02;

    private final Names names;
    private final Geography geography;
    private final Schools schools;
    private final List<String> streets;
    private final List<String> complements;
    private final LocalDate referenceDate;
    private long families;

    PersonFactory(Names names, Geography geography, Schools schools, LocalDate referenceDate) {
        this.names = names;
        this.geography = geography;
        this.schools = schools;
        this.streets = Resources.lines(Resources.BASE + "voies.txt");
        this.complements = Resources.lines(Resources.BASE + "complements.txt");
        this.referenceDate = referenceDate;
    }

    Family family(Rng rng) {
        Origin origin = Origin.draw(rng);
        return family(origin, names.lastName(origin, rng), rng);
    }

    /** A household whose children are called {@code childrenLastName}. */
    Family family(Origin origin, String childrenLastName, Rng rng) {
        String id = "F" + Texts.pad(++families, 7);
        Address home = address(residencePlace(rng), rng);
        String homePhone = rng.chance(0.45) ? Phones.fixed(home.place(), rng) : null;
        int structure = rng.weighted(55, 20, 25); // together, separated, single parent
        String motherLastName = rng.chance(0.55) ? childrenLastName
                : names.lastName(rng.chance(0.85) ? origin : Origin.draw(rng), rng);
        Guardian mother = guardian(motherLastName, names.firstName(origin, 'F', false, rng), home, homePhone, rng);
        Guardian father = guardian(childrenLastName, names.firstName(origin, 'M', false, rng), home, homePhone, rng);
        if (structure == 1) {
            Place elsewhere = rng.chance(0.7) && home.place().departement() != null
                    && home.place().kind() == Place.Kind.IDF
                    ? geography.idfIn(home.place().departement(), rng) : geography.idf(rng);
            father = new Guardian(father.lastName(), father.firstName(),
                    father.phone() != null && father.phone().equals(homePhone) ? Phones.mobile(rng) : father.phone(),
                    father.email(), address(elsewhere, rng));
        }
        if (structure == 2) {
            return new Family(id, origin, childrenLastName, home, homePhone, rng.chance(0.8) ? mother : father,
                    null);
        }
        boolean motherFirst = rng.chance(0.7);
        if (structure == 1 && !motherFirst) {
            // the first guardian is the one the child lives with
            motherFirst = true;
        }
        return new Family(id, origin, childrenLastName, home, homePhone, motherFirst ? mother : father,
                motherFirst ? father : mother);
    }

    private Guardian guardian(String lastName, String firstName, Address address, String homePhone, Rng rng) {
        int kind = rng.weighted(80, 15, 5);
        String phone = kind == 0 || (kind == 1 && homePhone == null) ? Phones.mobile(rng)
                : kind == 1 ? homePhone : null;
        String email = rng.chance(0.55) ? Emails.of(firstName, lastName, 1970 + rng.below(20), rng) : null;
        return new Guardian(lastName, firstName, phone, email, address);
    }

    /** Mostly Île-de-France by population; a few former communes, other regions and unknown places. */
    Place residencePlace(Rng rng) {
        double draw = rng.below(1_000_000) / 1_000_000.0;
        if (draw < FORMER_COMMUNE) {
            return geography.former(rng);
        }
        if (draw < FORMER_COMMUNE + OUT_OF_REGION) {
            return geography.outOfRegion(rng);
        }
        if (draw < FORMER_COMMUNE + OUT_OF_REGION + UNKNOWN_COMMUNE) {
            return geography.unknown(rng);
        }
        return geography.idf(rng);
    }

    Address address(Place place, Rng rng) {
        int n = rng.weighted(50, 30, 15, 5);
        int number = switch (n) {
            case 0 -> rng.between(1, 40);
            case 1 -> rng.between(1, 120);
            case 2 -> rng.between(1, 250);
            default -> rng.between(1, 12);
        };
        String suffix = rng.chance(0.04) ? (rng.chance(0.7) ? " bis" : " ter") : "";
        String complement = rng.chance(0.18) ? rng.pick(complements) : null;
        String postalCode = rng.pick(place.postalCodes());
        return new Address(number + suffix, rng.pick(streets), complement, place, postalCode);
    }

    /** A young person of this family; {@code firstNames} and {@code birthDate} may be null to draw them. */
    Person person(String id, Family family, char sex, List<String> firstNames, LocalDate birthDate, String trait,
            Rng rng) {
        List<String> given = firstNames != null ? firstNames : firstNames(family.origin(), sex, List.of(), rng);
        LocalDate born = birthDate != null ? birthDate : birthDate(rng);
        Source source = source(rng);
        String ine = Ines.forSource(source, born.getYear(), referenceDate.getYear(), rng);
        String phone = null;
        String badPhone = null;
        double phoneDraw = rng.below(1000) / 1000.0;
        if (phoneDraw >= NO_PHONE + INVALID_PHONE) {
            phone = Phones.mobile(rng);
        } else if (phoneDraw >= NO_PHONE) {
            badPhone = Phones.invalid(rng);
        }
        String email = rng.chance(0.7) ? Emails.of(given.get(0), family.lastName(), born.getYear(), rng) : null;
        Address address = family.home();
        if (rng.chance(GUARDIAN_ADDRESS_ONLY)) {
            address = null;
        } else if (born.isBefore(referenceDate.minusYears(18)) && rng.chance(0.12)) {
            address = address(geography.idf(rng), rng);
        }
        Place residence = address != null ? address.place() : family.home().place();
        Schooling schooling = schooling(source, residence, born, rng);
        StringBuilder traits = new StringBuilder(trait == null ? "" : trait);
        switch (residence.kind()) {
            case FORMER -> append(traits, "ANCIENNE_COMMUNE");
            case OUT_OF_REGION -> append(traits, "HORS_REGION");
            case UNKNOWN -> append(traits, "COMMUNE_INCONNUE");
            default -> {
            }
        }
        if (address == null) {
            append(traits, "ADRESSE_RESP_SEULE");
        }
        if (badPhone != null) {
            append(traits, "TEL_INVALIDE");
        } else if (phone == null) {
            append(traits, "TEL_ABSENT");
        }
        return new Person(id, family, sex, given, family.lastName(), born, ine, phone, badPhone, email, address,
                schooling, traits.toString());
    }

    static void append(StringBuilder tags, String tag) {
        if (tags.length() > 0) {
            tags.append('|');
        }
        tags.append(tag);
    }

    /** One name mostly, sometimes two or three ("Lucas Pierre"), never one of {@code excluded}. */
    List<String> firstNames(Origin origin, char sex, List<String> excluded, Rng rng) {
        int count = switch (rng.weighted(82, 15, 3)) {
            case 0 -> 1;
            case 1 -> 2;
            default -> 3;
        };
        List<String> given = new ArrayList<>(count);
        int attempts = 0;
        while (given.size() < count && attempts++ < 50) {
            String name = names.firstName(origin, sex, given.isEmpty() || rng.chance(0.6), rng);
            if (!given.contains(name) && (!given.isEmpty() || !excluded.contains(name))) {
                given.add(name);
            }
        }
        return List.copyOf(given);
    }

    char sex(Rng rng) {
        return rng.chance(0.58) ? 'M' : 'F';
    }

    LocalDate birthDate(Rng rng) {
        return birthDateAtAge(MIN_AGE + rng.weighted(AGE_WEIGHTS), rng);
    }

    /** A birth date giving exactly {@code age} years at the reference date. */
    LocalDate birthDateAtAge(int age, Rng rng) {
        LocalDate latest = referenceDate.minusYears(age);
        LocalDate earliest = referenceDate.minusYears(age + 1L).plusDays(1);
        int span = (int) (latest.toEpochDay() - earliest.toEpochDay()) + 1;
        return earliest.plusDays(rng.below(span));
    }

    /** Whether someone born that day is 16 to 25 at the reference date. */
    boolean inAgeRange(LocalDate birthDate) {
        return !birthDate.isAfter(referenceDate.minusYears(MIN_AGE))
                && birthDate.isAfter(referenceDate.minusYears(MAX_AGE + 1L));
    }

    Source source(Rng rng) {
        return switch (rng.weighted(75, 19, 6)) {
            case 0 -> Source.EN;
            case 1 -> Source.CFA;
            default -> Source.AGRI;
        };
    }

    Schooling schooling(Source source, Place residence, LocalDate birthDate, Rng rng) {
        LocalDate exit = referenceDate.minusDays(rng.between(20, 540));
        LocalDate sixteen = birthDate.plusYears(16);
        if (exit.isBefore(sixteen)) {
            exit = sixteen.plusDays(rng.below(60));
            if (!exit.isBefore(referenceDate)) {
                exit = referenceDate.minusDays(1);
            }
        }
        School school = schools.school(source, residence, rng);
        return new Schooling(source, school, schools.training(school, rng), exit);
    }

    /** A new Île-de-France address, for a family that moved. */
    Address newIdfAddress(Rng rng) {
        return address(geography.idf(rng), rng);
    }

    LocalDate referenceDate() {
        return referenceDate;
    }
}
