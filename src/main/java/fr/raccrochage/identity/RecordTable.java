package fr.raccrochage.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records the engine compares, in columns: where each comes from (an SIEI file line or a
 * known-cases list line), its wave, its person (0 when not linked yet) and its profile. Columns of
 * primitives instead of one object per record with its text: a million records fit in a small heap.
 */
final class RecordTable {

    /** Where a record comes from. */
    enum Source {
        SIEI, CONNUS
    }

    private int size;
    private long[] fileIds = new long[1024];
    private int[] lines = new int[1024];
    private byte[] sources = new byte[1024];
    private short[] waves = new short[1024];
    private long[] persons = new long[1024];
    private Profile[] profiles = new Profile[1024];
    private final List<String> waveNames = new ArrayList<>();
    private final Map<String, Short> waveIndex = new HashMap<>();
    private final Map<Long, String> siei = new HashMap<>();
    private final Map<Long, String> known = new HashMap<>();

    int add(Source source, long fileId, int line, String waveId, long personId, Profile profile) {
        if (size == lines.length) {
            int capacity = size * 2;
            fileIds = Arrays.copyOf(fileIds, capacity);
            lines = Arrays.copyOf(lines, capacity);
            sources = Arrays.copyOf(sources, capacity);
            waves = Arrays.copyOf(waves, capacity);
            persons = Arrays.copyOf(persons, capacity);
            profiles = Arrays.copyOf(profiles, capacity);
        }
        fileIds[size] = fileId;
        lines[size] = line;
        sources[size] = (byte) source.ordinal();
        waves[size] = waveIndex.computeIfAbsent(waveId == null ? "" : waveId, w -> {
            waveNames.add(w);
            return (short) (waveNames.size() - 1);
        });
        persons[size] = personId;
        profiles[size] = profile;
        return size++;
    }

    /**
     * Puts the records in (source, file, line) order, whatever order the database returned them in:
     * the engine's clusters do not depend on the order, but which record of a group founds the new
     * person, the person numbers and the reported best link do. Without this a run resumed after a
     * crash (PostgreSQL re-uses the space of rolled-back rows) could name another record than a clean
     * run. A no-op when the rows already came in order (the usual case, one check of the columns).
     */
    void sortByFileAndLine() {
        if (sorted()) {
            return;
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> compareRows(x, y));
        long[] f = new long[size];
        int[] l = new int[size];
        byte[] s = new byte[size];
        short[] w = new short[size];
        long[] p = new long[size];
        Profile[] pr = new Profile[size];
        for (int i = 0; i < size; i++) {
            int from = order[i];
            f[i] = fileIds[from];
            l[i] = lines[from];
            s[i] = sources[from];
            w[i] = waves[from];
            p[i] = persons[from];
            pr[i] = profiles[from];
        }
        fileIds = f;
        lines = l;
        sources = s;
        waves = w;
        persons = p;
        profiles = pr;
    }

    private boolean sorted() {
        for (int i = 1; i < size; i++) {
            if (compareRows(i - 1, i) > 0) {
                return false;
            }
        }
        return true;
    }

    private int compareRows(int x, int y) {
        int c = Byte.compare(sources[x], sources[y]);
        if (c == 0) {
            c = Long.compare(fileIds[x], fileIds[y]);
        }
        return c != 0 ? c : Integer.compare(lines[x], lines[y]);
    }

    void fileName(Source source, long fileId, String name) {
        (source == Source.SIEI ? siei : known).put(fileId, name);
    }

    int size() {
        return size;
    }

    long fileId(int i) {
        return fileIds[i];
    }

    int line(int i) {
        return lines[i];
    }

    Source source(int i) {
        return Source.values()[sources[i]];
    }

    String waveId(int i) {
        return waveNames.get(waves[i]);
    }

    long person(int i) {
        return persons[i];
    }

    /** The persons column, trimmed to the size (a copy). */
    long[] persons() {
        return Arrays.copyOf(persons, size);
    }

    /** The profiles column, trimmed to the size (a copy of the references). */
    Profile[] profiles() {
        return Arrays.copyOf(profiles, size);
    }

    /** Lets the profiles go once resolved: the writing needs only where each record comes from. */
    void dropProfiles() {
        profiles = new Profile[0];
    }

    /** How an operator finds the record: "siei-en.csv ligne 12 (vague 2026-1)", "liste connus x.csv ligne 3". */
    String describe(int i, String fromWave) {
        if (source(i) == Source.CONNUS) {
            return "liste connus " + known.get(fileIds[i]) + " ligne " + lines[i];
        }
        String wave = waveId(i).equals(fromWave) ? "" : " (vague " + waveId(i) + ")";
        return siei.get(fileIds[i]) + " ligne " + lines[i] + wave;
    }
}
