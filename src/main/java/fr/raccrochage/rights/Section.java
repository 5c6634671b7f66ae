package fr.raccrochage.rights;

import java.util.List;

/** One part of a young person's file: a French title, column names and the rows held. */
public record Section(String title, List<String> columns, List<List<String>> rows) {

    public Section {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
