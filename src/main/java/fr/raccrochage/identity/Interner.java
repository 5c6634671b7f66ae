package fr.raccrochage.identity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares equal names, first-name lists, communes and dates between profiles while a registry is
 * loaded: a million records hold a few tens of thousands of distinct names, so one copy each keeps
 * the heap small. Lives only as long as the load; thread-safe, since profiles are built on
 * several threads at once.
 */
class Interner {

    /** No sharing: for a few profiles built one at a time. */
    static final Interner NONE = new Interner() {
        @Override
        String string(String value) {
            return value;
        }

        @Override
        List<String> tokens(String key) {
            return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
        }

        @Override
        LocalDate date(LocalDate date) {
            return date;
        }
    };

    private final Map<String, String> strings = new ConcurrentHashMap<>();
    private final Map<String, List<String>> tokens = new ConcurrentHashMap<>();
    private final Map<LocalDate, LocalDate> dates = new ConcurrentHashMap<>();

    String string(String value) {
        return value == null ? null : strings.computeIfAbsent(value, v -> v);
    }

    /** A key's space-separated tokens as one shared immutable list. */
    List<String> tokens(String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        return tokens.computeIfAbsent(key, k -> Arrays.stream(k.split(" ")).map(this::string).toList());
    }

    LocalDate date(LocalDate date) {
        return date == null ? null : dates.computeIfAbsent(date, d -> d);
    }
}
