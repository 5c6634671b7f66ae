package fr.raccrochage.rights;

import fr.raccrochage.core.person.IdentityFields;
import fr.raccrochage.core.text.TextKeys;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What tells that a line of text (a rejected line, a line of a file on disk) is about one young
 * person: one of their ID_APPEL as a whole cell, their INE, or their names together with their birth
 * date written one of the usual ways. Taken before an erasure, since the erasure removes them.
 */
final class PersonMarks {

    private record Identity(String lastKey, String firstKey, List<String> dates) {
    }

    private final List<Pattern> caseIds = new ArrayList<>();
    private final Set<String> ines = new LinkedHashSet<>();
    private final List<Identity> identities = new ArrayList<>();

    PersonMarks(Collection<String> caseIdentifiers, Collection<JdbcRightsDao.RecordIdentity> records) {
        for (String id : caseIdentifiers) {
            caseIds.add(Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(id) + "(?![A-Za-z0-9-])"));
        }
        for (JdbcRightsDao.RecordIdentity record : records) {
            IdentityFields r = record.identity();
            if (r.ine() != null && !r.ine().isBlank()) {
                ines.add(r.ine().toUpperCase(java.util.Locale.ROOT));
            }
            String last = TextKeys.key(r.lastName());
            String first = TextKeys.key(r.firstNames());
            if (!last.isEmpty() && !first.isEmpty() && r.birthDate() != null) {
                identities.add(new Identity(last, first.split(" ")[0], dates(r.birthDate())));
            }
        }
    }

    private static List<String> dates(LocalDate d) {
        return List.of(d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), d.toString(),
                d.format(DateTimeFormatter.ofPattern("d/M/yyyy")), d.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                d.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")), d.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    boolean isEmpty() {
        return caseIds.isEmpty() && ines.isEmpty() && identities.isEmpty();
    }

    boolean matches(String line) {
        if (line == null || line.isEmpty()) {
            return false;
        }
        for (Pattern id : caseIds) {
            if (id.matcher(line).find()) {
                return true;
            }
        }
        String upper = line.toUpperCase(java.util.Locale.ROOT);
        for (String ine : ines) {
            if (upper.contains(ine)) {
                return true;
            }
        }
        if (identities.isEmpty()) {
            return false;
        }
        String key = " " + TextKeys.key(line) + " ";
        for (Identity i : identities) {
            if (key.contains(" " + i.lastKey() + " ") && key.contains(" " + i.firstKey() + " ")
                    && i.dates().stream().anyMatch(line::contains)) {
                return true;
            }
        }
        return false;
    }
}
