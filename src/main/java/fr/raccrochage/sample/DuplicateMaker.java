package fr.raccrochage.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the second (or third) record of a person, as another source or a later extract would write it:
 * in the same file or the other one, with one to three kinds of noise (INE missing or written differently,
 * a typo, accents dropped, capitals, names swapped, day and month swapped, only the first first name, a new
 * phone, a move). The record's own writing style (phone format, dates, commune spelling) is redrawn anyway.
 */
final class DuplicateMaker {

    private final PersonFactory factory;

    DuplicateMaker(PersonFactory factory) {
        this.factory = factory;
    }

    Duplicate make(Person original, Rng rng) {
        return make(original, rng, false);
    }

    /**
     * @param withoutIdentifiers the no-identifier variant: no INE, phone or move noise (those fields are not
     *     written, and a move would leave nothing to link on), a typo in the street name instead
     */
    Duplicate make(Person original, Rng rng, boolean withoutIdentifiers) {
        OutputFile originalFile = original.schooling().source().file();
        OutputFile file = rng.chance(0.55) ? originalFile : originalFile.other();
        Person person = original;
        RenderFlags flags = RenderFlags.NONE;
        StringBuilder tags = new StringBuilder();
        if (file != originalFile) {
            Source source = file == OutputFile.EN ? Source.EN : rng.chance(0.75) ? Source.CFA : Source.AGRI;
            person = person.withSchooling(factory.schooling(source, original.residence(), original.birthDate(), rng));
            if (!withoutIdentifiers && person.ine() != null && rng.chance(0.35)) {
                person = person.withIne(source == Source.CFA ? Ines.apprentice(original.birthDate().getYear(),
                        factory.referenceDate().getYear(), rng)
                        : Ines.tenDigits(rng));
                PersonFactory.append(tags, "INE_AUTRE");
            }
        }
        List<Noise> candidates = new ArrayList<>(List.of(Noise.values()));
        candidates.remove(Noise.FAUTE_ADRESSE);
        if (withoutIdentifiers) {
            candidates.removeAll(List.of(Noise.INE_ABSENT, Noise.INE_FORMAT, Noise.TEL_NOUVEAU, Noise.TEL_ABSENT,
                    Noise.DEMENAGEMENT));
            candidates.add(Noise.FAUTE_ADRESSE);
        }
        int count = switch (rng.weighted(50, 35, 15)) {
            case 0 -> 1;
            case 1 -> 2;
            default -> 3;
        };
        int applied = 0;
        while (applied < count && !candidates.isEmpty()) {
            Noise noise = candidates.remove(rng.below(candidates.size()));
            if (!noise.applicable(person, flags)) {
                continue;
            }
            switch (noise) {
                case INE_ABSENT -> person = person.withIne(null);
                case INE_FORMAT -> person = person.withIne(Ines.reformat(person.ine(), rng));
                case FAUTE_NOM -> person = person.withNames(Typos.apply(person.lastName(), rng), person.firstNames());
                case FAUTE_PRENOM -> {
                    List<String> given = new ArrayList<>(person.firstNames());
                    given.set(0, Typos.apply(given.get(0), rng));
                    person = person.withNames(person.lastName(), List.copyOf(given));
                }
                case SANS_ACCENTS -> flags = flags.withNoAccents();
                case MAJUSCULES -> flags = flags.withUpperCase();
                case NOM_PRENOM_INVERSES -> flags = flags.withSwappedNames();
                case JOUR_MOIS_INVERSES -> {
                    LocalDate born = person.birthDate();
                    person = person.withBirthDate(LocalDate.of(born.getYear(), born.getDayOfMonth(),
                            born.getMonthValue()));
                }
                case PREMIER_PRENOM -> person = person.withNames(person.lastName(), List.of(person.firstNames().get(0)));
                case TEL_NOUVEAU -> person = person.withPhone(Phones.mobile(rng));
                case TEL_ABSENT -> person = person.withPhone(null);
                case DEMENAGEMENT -> {
                    Address newHome = factory.newIdfAddress(rng);
                    Family moved = person.family().movedTo(newHome);
                    person = person.movedTo(newHome, moved);
                }
                case FAUTE_ADRESSE -> {
                    Address home = person.address() != null ? person.address() : person.family().home();
                    Address typo = new Address(home.number(), Typos.apply(home.street(), rng), home.complement(),
                            home.place(), home.postalCode());
                    person = person.movedTo(typo, person.family().movedTo(typo));
                }
            }
            PersonFactory.append(tags, noise.name());
            applied++;
        }
        return new Duplicate(person, file, flags, tags.toString());
    }

    /** The kinds of noise; their names are the truth file's tags. */
    enum Noise {
        INE_ABSENT, INE_FORMAT, FAUTE_NOM, FAUTE_PRENOM, SANS_ACCENTS, MAJUSCULES, NOM_PRENOM_INVERSES,
        JOUR_MOIS_INVERSES, PREMIER_PRENOM, TEL_NOUVEAU, TEL_ABSENT, DEMENAGEMENT, FAUTE_ADRESSE;

        boolean applicable(Person person, RenderFlags flags) {
            return switch (this) {
                case INE_ABSENT, INE_FORMAT -> person.ine() != null;
                case FAUTE_NOM -> Typos.applicable(person.lastName());
                case FAUTE_PRENOM -> Typos.applicable(person.firstNames().get(0));
                case SANS_ACCENTS -> !Texts.isAscii(person.lastName() + String.join(" ", person.firstNames()));
                case MAJUSCULES, NOM_PRENOM_INVERSES -> true;
                case JOUR_MOIS_INVERSES -> person.birthDate().getDayOfMonth() <= 12
                        && person.birthDate().getDayOfMonth() != person.birthDate().getMonthValue();
                case PREMIER_PRENOM -> person.firstNames().size() > 1;
                case TEL_NOUVEAU -> true;
                case TEL_ABSENT -> person.phone() != null || person.badPhone() != null;
                case DEMENAGEMENT, FAUTE_ADRESSE -> true;
            };
        }
    }
}
