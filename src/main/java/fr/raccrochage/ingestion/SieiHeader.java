package fr.raccrochage.ingestion;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which column of a file holds which {@link SieiField}; the other columns are kept as
 * "unknown" and stored with the record.
 */
public record SieiHeader(List<String> names, Map<SieiField, Integer> columns, List<Integer> unknownColumns) {

    public static SieiHeader match(String[] headerLine, Map<String, List<String>> extraAliases) {
        Map<String, SieiField> byKey = aliasIndex(extraAliases);
        Map<SieiField, Integer> columns = new EnumMap<>(SieiField.class);
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < headerLine.length; i++) {
            SieiField field = byKey.get(HeaderKeys.of(headerLine[i]));
            if (field == null) {
                unknown.add(i);
            } else if (columns.putIfAbsent(field, i) != null) {
                throw new FileRefusedException("Fichier refusé : les colonnes « %s » et « %s » désignent toutes deux %s."
                        .formatted(headerLine[columns.get(field)].strip(), headerLine[i].strip(), field));
            }
        }
        Set<String> missing = new TreeSet<>();
        for (SieiField field : SieiField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                missing.add(field.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new FileRefusedException(columns.isEmpty()
                    ? "Fichier refusé : la première ligne n'est pas un en-tête de liste SIEI (aucune colonne reconnue)."
                    : "Fichier refusé : colonne(s) obligatoire(s) absente(s) de l'en-tête : " + String.join(", ", missing) + ".");
        }
        return new SieiHeader(List.of(headerLine), columns, List.copyOf(unknown));
    }

    private static Map<String, SieiField> aliasIndex(Map<String, List<String>> extraAliases) {
        Map<String, SieiField> index = new HashMap<>();
        for (SieiField field : SieiField.values()) {
            field.aliases().forEach(alias -> index.put(alias, field));
        }
        extraAliases.forEach((fieldName, aliases) -> {
            SieiField field = SieiField.valueOf(fieldName.toUpperCase().replace('-', '_'));
            aliases.forEach(alias -> index.put(HeaderKeys.of(alias), field));
        });
        return index;
    }

    public int width() {
        return names.size();
    }

    /** The value of a field in a row, or null when the file has no such column. */
    public String value(String[] row, SieiField field) {
        Integer column = columns.get(field);
        return column == null ? null : row[column];
    }
}
