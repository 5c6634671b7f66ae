package fr.raccrochage.core.reference;

import fr.raccrochage.core.commune.Commune;
import fr.raccrochage.core.commune.CommuneDirectory;
import fr.raccrochage.core.commune.CommuneMovement;
import fr.raccrochage.core.commune.CommuneType;
import fr.raccrochage.core.inbound.FileRefusedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The new directory entries from INSEE's lines and La Poste's postal codes. What INSEE's files do not
 * carry is kept from the directory in force for the same code (population, EPCI, EPT, and the postal
 * codes of an entry La Poste does not list); a new commune takes them from the communes that went into
 * it. Paris, Lyon and Marseille list their arrondissements' postal codes, as the shipped directory does.
 */
final class CommuneDirectoryUpdate {

    /** The entries, and what changed: codes that appeared, codes that disappeared, La Poste's unknown codes. */
    record Result(List<Commune> entries, Set<String> added, Set<String> removed, Set<String> postalCodesForUnknownCommunes) {
    }

    private CommuneDirectoryUpdate() {
    }

    static Result build(List<CogFiles.CogRow> rows, List<CommuneMovement> movements, CogFiles.PostalCodes postal,
            CommuneDirectory previous, String communesFile) {
        Map<String, CogFiles.CogRow> communes = new HashMap<>();
        rows.stream().filter(r -> r.type().equals("COM")).forEach(r -> communes.put(r.code(), r));
        checkParents(rows, communes, communesFile);
        Map<String, List<String>> predecessors = predecessors(movements);
        Map<String, Commune> previousByKey = new HashMap<>();
        previous.all().forEach(c -> previousByKey.put(key(c.codeInsee(), c.type()), c));
        List<Commune> entries = new ArrayList<>(rows.size());
        for (CogFiles.CogRow row : rows) {
            CommuneType type = type(row.type());
            CogFiles.CogRow parent = row.parent() == null ? null : communes.get(row.parent());
            Optional<Commune> before = Optional.ofNullable(previousByKey.get(key(row.code(), type)));
            List<Commune> sources = before.map(List::of).orElseGet(() -> predecessors.getOrDefault(row.code(), List.of()).stream()
                    .distinct().map(code -> previousByKey.get(key(code, CommuneType.COMMUNE))).filter(Objects::nonNull)
                    .toList());
            Set<String> postalCodes = new LinkedHashSet<>(postal.byCommune().getOrDefault(row.code(), Set.of()));
            if (postalCodes.isEmpty() && type != CommuneType.COMMUNE) {
                before.ifPresent(b -> postalCodes.addAll(b.codesPostaux()));
            } else if (postalCodes.isEmpty()) {
                sources.forEach(s -> postalCodes.addAll(s.codesPostaux()));
            }
            Commune first = sources.isEmpty() ? null : sources.get(0);
            entries.add(new Commune(row.code(), row.name(), type, type == CommuneType.COMMUNE ? null : row.parent(),
                    row.departement().isEmpty() && parent != null ? parent.departement() : row.departement(),
                    row.region().isEmpty() && parent != null ? parent.region() : row.region(),
                    List.copyOf(postalCodes), sources.stream().mapToInt(Commune::population).sum(),
                    first == null ? null : first.epciCode(), first == null ? null : first.epciNom(),
                    first == null ? null : first.eptCode(), first == null ? null : first.eptNom()));
        }
        List<Commune> withArrondissements = withArrondissementPostalCodes(entries);
        Set<String> codes = new TreeSet<>();
        withArrondissements.forEach(c -> codes.add(c.codeInsee()));
        Set<String> before = new TreeSet<>();
        previous.all().forEach(c -> before.add(c.codeInsee()));
        Set<String> added = new TreeSet<>(codes);
        added.removeAll(before);
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(codes);
        Set<String> unknown = new TreeSet<>(postal.byCommune().keySet());
        unknown.removeAll(codes);
        return new Result(withArrondissements, added, removed, unknown);
    }

    /** An arrondissement, a commune déléguée or associée belongs to a commune of the same file. */
    private static void checkParents(List<CogFiles.CogRow> rows, Map<String, CogFiles.CogRow> communes, String file) {
        List<String> errors = rows.stream().filter(r -> !r.type().equals("COM") && !communes.containsKey(r.parent()))
                .map(r -> "ligne %d : %s rattachée à %s, absente du fichier".formatted(r.line(), r.code(), r.parent()))
                .limit(10).toList();
        if (!errors.isEmpty()) {
            throw new FileRefusedException("Fichier refusé : le fichier des communes de l'INSEE « %s » rattache des entrées à "
                    .formatted(file) + "des communes qu'il ne contient pas :\n  " + String.join("\n  ", errors));
        }
    }

    /** The codes whose territory went into each code, by INSEE's history. */
    private static Map<String, List<String>> predecessors(List<CommuneMovement> movements) {
        Map<String, List<String>> predecessors = new HashMap<>();
        for (CommuneMovement movement : movements) {
            if (movement.leadsElsewhere()) {
                predecessors.computeIfAbsent(movement.codeAfter(), code -> new ArrayList<>()).add(movement.codeBefore());
            }
        }
        return predecessors;
    }

    private static String key(String code, CommuneType type) {
        return code + '/' + type;
    }

    private static List<Commune> withArrondissementPostalCodes(List<Commune> entries) {
        Map<String, Set<String>> byParent = new HashMap<>();
        entries.stream().filter(c -> c.type() == CommuneType.ARRONDISSEMENT)
                .forEach(c -> byParent.computeIfAbsent(c.codeRattachement(), p -> new LinkedHashSet<>()).addAll(c.codesPostaux()));
        if (byParent.isEmpty()) {
            return entries;
        }
        List<Commune> result = new ArrayList<>(entries.size());
        for (Commune c : entries) {
            Set<String> children = c.type() == CommuneType.COMMUNE ? byParent.get(c.codeInsee()) : null;
            if (children == null) {
                result.add(c);
            } else {
                Set<String> codes = new LinkedHashSet<>(c.codesPostaux());
                codes.addAll(children);
                result.add(new Commune(c.codeInsee(), c.nom(), c.type(), c.codeRattachement(), c.departement(), c.region(),
                        List.copyOf(codes), c.population(), c.epciCode(), c.epciNom(), c.eptCode(), c.eptNom()));
            }
        }
        return result;
    }

    private static CommuneType type(String typecom) {
        return switch (typecom) {
            case "COM" -> CommuneType.COMMUNE;
            case "ARM" -> CommuneType.ARRONDISSEMENT;
            case "COMD" -> CommuneType.DELEGUEE;
            default -> CommuneType.ASSOCIEE;
        };
    }
}
