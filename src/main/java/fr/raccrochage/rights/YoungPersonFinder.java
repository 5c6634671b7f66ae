package fr.raccrochage.rights;

import fr.raccrochage.core.person.IdentityFields;
import fr.raccrochage.identity.NameSearch;
import fr.raccrochage.ingestion.normalize.Phone;
import fr.raccrochage.ingestion.normalize.PhoneNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Finds young people from what an operator has at hand: an ID_APPEL, a registry number, an INE, a
 * phone number written any French way, or a name (with the identity engine's tolerance).
 */
@Component
class YoungPersonFinder {

    static final Pattern CASE_ID = Pattern.compile("V[A-Za-z0-9-]+-\\d{6}");
    private static final Pattern PERSON_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern INE = Pattern.compile("(?i)\\d{9}[A-Z]{2}|\\d{10}[A-Z]|[A-Z0-9]{10}\\d");
    private static final Pattern PHONE_LIKE = Pattern.compile("[+\\d][\\d .\\-()]{8,}");
    /** The identity of a young person none of whose records has a name left (erased). */
    private static final IdentityFields NO_NAME = new IdentityFields(null, null, null, null, null);

    private final JdbcRightsDao dao;
    private final PhoneNormalizer phones;

    YoungPersonFinder(JdbcRightsDao dao, PhoneNormalizer phones) {
        this.dao = dao;
        this.phones = phones;
    }

    /** The young person an identifier names; unknown or several is a {@link RightsException}. */
    long resolve(String identifier) {
        String text = identifier == null ? "" : identifier.strip();
        if (CASE_ID.matcher(text).matches()) {
            return dao.personOfCase(text.toUpperCase(java.util.Locale.ROOT)).orElseThrow(() -> unknown(text));
        }
        if (PERSON_NUMBER.matcher(text).matches()) {
            long id = Long.parseLong(text);
            if (!dao.personExists(id)) {
                throw unknown(text);
            }
            return id;
        }
        List<YoungPersonLine> found = search(text, null);
        if (found.isEmpty()) {
            throw unknown(text);
        }
        if (found.size() > 1) {
            StringBuilder list = new StringBuilder();
            for (YoungPersonLine l : found) {
                list.append(System.lineSeparator()).append("  ").append(describe(l));
            }
            throw new RightsException(RightsException.Kind.AMBIGU, "« " + text + " » désigne " + found.size()
                    + " jeunes : précisez par leur numéro de jeune ou leur ID_APPEL." + list);
        }
        return found.get(0).personId();
    }

    private static RightsException unknown(String text) {
        return new RightsException(RightsException.Kind.INCONNU, "Aucun jeune ne correspond à « " + text
                + " » (ID_APPEL, numéro de jeune, INE, téléphone ou nom) : voir « raccrochage jeune chercher ».");
    }

    /** Every young person the text designates, in registry order. */
    List<YoungPersonLine> search(String text, LocalDate born) {
        String t = text == null ? "" : text.strip();
        Set<Long> ids = new LinkedHashSet<>();
        if (CASE_ID.matcher(t).matches()) {
            dao.personOfCase(t.toUpperCase(java.util.Locale.ROOT)).ifPresent(ids::add);
        } else if (PERSON_NUMBER.matcher(t).matches() && dao.personExists(Long.parseLong(t))) {
            ids.add(Long.parseLong(t));
        } else if (INE.matcher(t.replace(" ", "")).matches()) {
            ids.addAll(dao.personsWithIne(t.replace(" ", "").toUpperCase(java.util.Locale.ROOT)));
        } else if (PHONE_LIKE.matcher(t).matches()) {
            phone(t).ifPresent(p -> ids.addAll(dao.personsWithPhone(p.e164())));
        } else {
            NameSearch names = new NameSearch(t);
            if (!names.isEmpty()) {
                dao.scanRecords(born, id -> {
                    if (names.matches(id.identity().lastName(), id.identity().firstNames())) {
                        ids.add(id.personId());
                    }
                });
                dao.scanKnownCases(born, id -> {
                    if (names.matches(id.identity().lastName(), id.identity().firstNames())) {
                        ids.add(id.personId());
                    }
                });
            }
        }
        List<YoungPersonLine> lines = new ArrayList<>();
        for (long id : ids.stream().sorted().toList()) {
            YoungPersonLine line = line(id);
            if (born == null || born.equals(line.identity().birthDate()) || line.erased()) {
                lines.add(line);
            }
        }
        return lines;
    }

    Optional<Phone> phone(String text) {
        try {
            return phones.normalize(text);
        } catch (RuntimeException invalid) {
            return Optional.empty();
        }
    }

    /** One young person's line: identity of the first record with a name, waves, latest case. */
    YoungPersonLine line(long personId) {
        IdentityFields first = dao.identities(List.of(personId)).stream().map(JdbcRightsDao.RecordIdentity::identity)
                .filter(i -> i.lastName() != null && !i.lastName().isEmpty())
                .findFirst().orElse(NO_NAME);
        Optional<String[]> latest = dao.latestCase(personId);
        return new YoungPersonLine(personId, first, dao.waves(personId), latest.map(l -> l[0]).orElse(null),
                latest.map(l -> l[1]).orElse(null), dao.isOpposed(personId), dao.isErased(personId));
    }

    static String describe(YoungPersonLine l) {
        IdentityFields id = l.identity();
        String who = l.erased() ? "(données effacées)"
                : (id.lastName() == null ? "?" : id.lastName()) + " " + (id.firstNames() == null ? "" : id.firstNames())
                        + (id.birthDate() == null ? "" : ", né(e) le " + id.birthDate().format(
                                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        String waves = l.waves().isEmpty() ? "aucune vague" : (l.waves().size() == 1 ? "vague " : "vagues ")
                + String.join(", ", l.waves());
        String status = l.latestCase() == null ? "jamais appelé(e)" : l.latestCase() + " " + l.status();
        return "n° " + l.personId() + " · " + who.strip() + " · " + waves + " · " + status
                + (l.opposed() ? " · OPPOSITION" : "") + (l.erased() ? " · EFFACÉ" : "");
    }
}
