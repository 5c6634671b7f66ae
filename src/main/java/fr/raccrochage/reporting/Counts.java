package fr.raccrochage.reporting;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Counts per key, kept in the key's natural order so that reports list them the same way every time. */
final class Counts<K extends Comparable<K>> {

    private final Map<K, Long> counts = new TreeMap<>();

    void add(K key, long n) {
        counts.merge(key, n, Long::sum);
    }

    long get(K key) {
        return counts.getOrDefault(key, 0L);
    }

    long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    void addAll(Counts<K> other) {
        other.counts.forEach(this::add);
    }

    Map<K, Long> asMap() {
        return Collections.unmodifiableMap(counts);
    }
}
