package fr.raccrochage.core.commune;

import fr.raccrochage.core.text.Digits;
import fr.raccrochage.core.text.Spaces;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Resolves an address's commune to today's commune (a Paris arrondissement is kept as is; Lyon
 * and Marseille arrondissements, communes déléguées and associées map to their commune; the code of
 * a commune merged since, absent from the COG in force, follows INSEE's history of changes).
 *
 * <p>Thread-safe. Indexes are built once; resolutions by postal code and name are memoized on
 * the inputs as written, since an import repeats the same few thousand spellings a million times.
 */
public final class CommuneResolver {

    private static final String PARIS = "75056";
    private static final String PARIS_DEPARTEMENT = "75";
    // Enough for every spelling of every commune of a region; beyond, resolve without storing.
    private static final int MEMO_LIMIT = 50_000;

    private final CommuneDirectory directory;
    private final CommuneNameIndex names;
    // Communes gone from the COG (INSEE's history), by their old names: tried only once today's names
    // and former communes found nothing among the postal code's communes.
    private final CommuneNameIndex vanished;
    private final Map<String, Optional<Commune>> memo = new ConcurrentHashMap<>();

    public CommuneResolver(CommuneDirectory directory) {
        this.directory = directory;
        this.names = new CommuneNameIndex(directory.all());
        this.vanished = new CommuneNameIndex(directory.vanishedAsFormerCommunes());
    }

    /**
     * A known INSEE code decides (with the postal code only to pick Paris's arrondissement);
     * otherwise the name decides among the postal code's communes, exactly, then through a
     * former commune's name, then through a single close match; without a usable postal code,
     * only a name that designates one commune in France (in the postal code's département first)
     * resolves. Never throws: an unreadable code or postal code is ignored.
     *
     * @param codeCommune INSEE code as written by the source, may be blank
     * @param codePostal postal code as written, may be blank
     * @param nomCommune commune name as written ("ST DENIS", "PARIS 11"), may be blank
     * @return today's commune, or empty when nothing reliable matches
     */
    public Optional<Commune> resolve(String codeCommune, String codePostal, String nomCommune) {
        String postalCode = postalCode(codePostal);
        // A code that disappeared since the source wrote it (a merger) leads to today's commune.
        Optional<Commune> byCode = inseeCode(codeCommune).flatMap(directory::current).flatMap(this::today);
        if (byCode.isPresent()) {
            return byCode.map(commune -> parisArrondissement(commune, postalCode));
        }
        return memoized(codePostal + '\u0000' + nomCommune,
                () -> byPostalCodeAndName(postalCode, CommuneNames.of(nomCommune))
                        .map(commune -> parisArrondissement(commune, postalCode)));
    }

    private Optional<Commune> memoized(String key, Supplier<Optional<Commune>> resolution) {
        Optional<Commune> known = memo.get(key);
        if (known != null) {
            return known;
        }
        Optional<Commune> found = resolution.get();
        if (memo.size() < MEMO_LIMIT) {
            memo.put(key, found);
        }
        return found;
    }

    private Optional<Commune> byPostalCodeAndName(String postalCode, CommuneNames.Forms name) {
        if (postalCode == null) {
            return name.isBlank() ? Optional.empty() : byName(name, entry -> true);
        }
        List<Commune> candidates = directory.byPostalCode(postalCode);
        if (candidates.isEmpty()) {
            // A CEDEX or outdated postal code still tells the département.
            return byName(name, entry -> isInDepartementOf(entry, postalCode))
                    .or(() -> byName(name, entry -> true));
        }
        Set<Commune> todays = todays(candidates);
        if (name.isBlank()) {
            // Paris and its arrondissement both list an arrondissement's postal code: one place.
            Set<Commune> places = new LinkedHashSet<>();
            todays.forEach(commune -> places.add(parisArrondissement(commune, postalCode)));
            return single(places);
        }
        Set<Commune> named = namedAmong(name, candidates, todays);
        if (!named.isEmpty()) {
            return single(named);
        }
        Set<Commune> gone = vanishedAmong(name, todays);
        if (!gone.isEmpty()) {
            return single(gone);
        }
        return FuzzyCommuneNames.closest(name, namesLeadingTo(candidates))
                .or(() -> byName(name, CommuneResolver::isFormerCommune));
    }

    /**
     * Today's communes named like {@code name} among the postal code's entries, or else among
     * the former communes merged into one of them; several means the name is ambiguous.
     */
    private Set<Commune> namedAmong(CommuneNames.Forms name, List<Commune> candidates, Set<Commune> todays) {
        for (List<Commune> named : names.named(name)) {
            Set<Commune> listed = todays(named.stream().filter(candidates::contains).toList());
            if (!listed.isEmpty()) {
                return listed;
            }
            Set<Commune> merged = todays(named.stream().filter(CommuneResolver::isFormerCommune).toList());
            merged.retainAll(todays);
            if (!merged.isEmpty()) {
                return merged;
            }
        }
        return Set.of();
    }

    /** Today's communes among {@code todays} that a commune gone from the COG with this name went into. */
    private Set<Commune> vanishedAmong(CommuneNames.Forms name, Set<Commune> todays) {
        for (List<Commune> named : vanished.named(name)) {
            Set<Commune> merged = todays(named);
            merged.retainAll(todays);
            if (!merged.isEmpty()) {
                return merged;
            }
        }
        return Set.of();
    }

    /** The name alone, among the entries accepted by {@code scope}: only when it names one commune. */
    private Optional<Commune> byName(CommuneNames.Forms name, Predicate<Commune> scope) {
        for (List<Commune> named : names.named(name)) {
            Set<Commune> todays = todays(named.stream().filter(scope).toList());
            if (!todays.isEmpty()) {
                return single(todays);
            }
        }
        return Optional.empty();
    }

    /** Today's communes of the candidates, each with its names and its former communes' names. */
    private Map<Commune, List<String>> namesLeadingTo(List<Commune> candidates) {
        Map<Commune, List<String>> namesByCommune = new LinkedHashMap<>();
        for (Commune candidate : candidates) {
            today(candidate).ifPresent(commune -> {
                List<String> forms = namesByCommune.computeIfAbsent(commune, c -> new ArrayList<>());
                addForms(forms, candidate);
                names.formerCommunesOf(commune.codeInsee()).forEach(former -> addForms(forms, former));
            });
        }
        return namesByCommune;
    }

    private static void addForms(List<String> forms, Commune entry) {
        CommuneNames.Forms entryForms = CommuneNames.of(entry.nom());
        forms.add(entryForms.full());
        forms.add(entryForms.loose());
    }

    /** Today's commune of an entry; a Paris arrondissement is kept, partners work by arrondissement. */
    private Optional<Commune> today(Commune entry) {
        return switch (entry.type()) {
            case COMMUNE -> Optional.of(entry);
            case ARRONDISSEMENT -> PARIS_DEPARTEMENT.equals(entry.departement())
                    ? Optional.of(entry) : commune(entry.codeRattachement());
            case DELEGUEE, ASSOCIEE -> commune(entry.codeRattachement());
        };
    }

    private Optional<Commune> commune(String codeInsee) {
        return directory.byCode(codeInsee).filter(commune -> commune.type() == CommuneType.COMMUNE);
    }

    private Set<Commune> todays(Collection<Commune> entries) {
        Set<Commune> todays = new LinkedHashSet<>();
        entries.forEach(entry -> today(entry).ifPresent(todays::add));
        return todays;
    }

    /** Paris as a whole becomes the arrondissement its postal code designates, if any. */
    private Commune parisArrondissement(Commune commune, String postalCode) {
        if (!PARIS.equals(commune.codeInsee()) || postalCode == null) {
            return commune;
        }
        List<Commune> arrondissements = directory.byPostalCode(postalCode).stream()
                .filter(entry -> entry.type() == CommuneType.ARRONDISSEMENT)
                .toList();
        return arrondissements.size() == 1 ? arrondissements.get(0) : commune;
    }

    private static Optional<Commune> single(Set<Commune> communes) {
        return communes.size() == 1 ? Optional.of(communes.iterator().next()) : Optional.empty();
    }

    private static boolean isFormerCommune(Commune entry) {
        return entry.type() == CommuneType.DELEGUEE || entry.type() == CommuneType.ASSOCIEE;
    }

    private static boolean isInDepartementOf(Commune entry, String postalCode) {
        String departement = entry.departement();
        if (postalCode.startsWith("20")) {
            return departement.startsWith("2A") || departement.startsWith("2B");
        }
        return postalCode.startsWith(departement);
    }

    /** The INSEE code, its leading zero restored ("1001" → "01001"), or empty if not a code. */
    private static Optional<String> inseeCode(String raw) {
        String code = compact(raw).toUpperCase(Locale.ROOT);
        if (code.length() == 4) {
            code = "0" + code;
        }
        return isInseeCode(code) ? Optional.of(code) : Optional.empty();
    }

    /** Five digits, or Corsica's 2A / 2B and three digits (a million times an import: no regex). */
    private static boolean isInseeCode(String code) {
        if (code.length() != 5) {
            return false;
        }
        boolean corsica = code.charAt(0) == '2' && (code.charAt(1) == 'A' || code.charAt(1) == 'B');
        return Digits.all(code, corsica ? 2 : 0, code.length());
    }

    /** Five digits (leading zero restored), or null when absent or not a postal code. */
    private static String postalCode(String raw) {
        String code = compact(raw);
        if (code.length() == 4) {
            code = "0" + code;
        }
        return code.length() == 5 && Digits.all(code, 0, code.length()) ? code : null;
    }

    private static String compact(String raw) {
        return raw == null ? "" : Spaces.removed(raw);
    }
}
