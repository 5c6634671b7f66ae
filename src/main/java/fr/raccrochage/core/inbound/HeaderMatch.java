package fr.raccrochage.core.inbound;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which position of a file's header holds which declared column; the other positions are kept as
 * unknown. A required column missing, or two headers naming one column, refuses the file.
 */
public record HeaderMatch(List<String> names, Map<String, Integer> positions, List<Integer> unknown) {

    /**
     * @param extraAliases operator-configured spellings by column name (properties), added to the declared ones
     * @param what the file as the operator knows it, e.g. "la liste SIEI « siei.csv »"
     */
    public static HeaderMatch match(String[] header, List<InboundColumn> columns, Map<String, List<String>> extraAliases,
            String what) {
        Map<String, String> byKey = new HashMap<>();
        for (InboundColumn column : columns) {
            column.keys().forEach(key -> byKey.putIfAbsent(key, column.name()));
        }
        extraAliases.forEach((name, aliases) -> {
            String column = byKey.get(InboundColumn.key(name));
            if (column != null) {
                aliases.forEach(alias -> byKey.put(InboundColumn.key(alias), column));
            }
        });
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<Integer> unknown = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i] == null ? "" : header[i].replace("\uFEFF", "").strip();
            names.add(name);
            String column = byKey.get(InboundColumn.key(name));
            if (column == null) {
                unknown.add(i);
            } else if (positions.putIfAbsent(column, i) != null) {
                throw new FileRefusedException("Fichier refusé : dans %s, les colonnes « %s » et « %s » désignent toutes deux %s."
                        .formatted(what, names.get(positions.get(column)), name, column));
            }
        }
        List<String> missing = columns.stream().filter(c -> c.required() && !positions.containsKey(c.name()))
                .map(InboundColumn::name).toList();
        if (!missing.isEmpty()) {
            String expected = String.join(";", columns.stream().map(InboundColumn::name).toList());
            throw new FileRefusedException(positions.isEmpty()
                    ? "Fichier refusé : la première ligne de %s n'est pas un en-tête reconnu (attendu : %s)."
                            .formatted(what, expected)
                    : "Fichier refusé : %s n'a pas la ou les colonne(s) obligatoire(s) %s (en-tête attendu : %s)."
                            .formatted(what, String.join(", ", missing), expected));
        }
        return new HeaderMatch(List.copyOf(names), positions, List.copyOf(unknown));
    }

    public boolean has(String column) {
        return positions.containsKey(column);
    }

    /** The cell of a column in a row, stripped; "" when the file has no such column or the row is short. */
    public String get(String[] cells, String column) {
        Integer position = positions.get(column);
        return position == null || position >= cells.length || cells[position] == null ? "" : cells[position].strip();
    }

    /** The raw cell (not stripped), or null when the file has no such column or the row is short. */
    public String raw(String[] cells, String column) {
        Integer position = positions.get(column);
        return position == null || position >= cells.length ? null : cells[position];
    }

    public int width() {
        return names.size();
    }
}
