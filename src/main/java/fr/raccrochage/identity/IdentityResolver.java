package fr.raccrochage.identity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Resolves records into persons: blocks, scores the pairs inside each block, and joins the
 * MEME_PERSONNE pairs with union-find. Records already linked to a person (earlier waves) keep it; two
 * existing persons are never merged automatically, such a link is reported as a possible duplicate.
 */
public final class IdentityResolver {

    /** A block larger than this (a shared switchboard number…) says little; the other keys cover it. */
    static final int MAX_BLOCK = 300;

    /** At most this many blocking keys a record (INE, date, names, phone). */
    private static final int KEYS = 4;

    /** Block entries per unit of parallel scoring: small enough to keep both cores busy to the end. */
    private static final int SEGMENT = 20_000;

    /** A link found between two records. */
    public record Link(int a, int b, PairVerdict verdict) {
    }

    /**
     * The outcome: {@code cluster[i]} is the representative record of record i's person,
     * {@code best[i]} the strongest MEME_PERSONNE link of record i (or null), and the possible duplicates.
     */
    public record Resolution(int[] cluster, Link[] best, List<Link> possible) {
    }

    private final MatchThresholds thresholds;
    private final MatchWeights weights;
    private final int segmentSize;
    private final int threads;

    public IdentityResolver(MatchThresholds thresholds) {
        this(thresholds, MatchWeights.HAND_SET);
    }

    IdentityResolver(MatchThresholds thresholds, MatchWeights weights) {
        this(thresholds, weights, SEGMENT, Runtime.getRuntime().availableProcessors());
    }

    /** With the size of a unit of parallel scoring and the number of scoring threads (tests). */
    IdentityResolver(MatchThresholds thresholds, int segment, int threads) {
        this(thresholds, MatchWeights.HAND_SET, segment, threads);
    }

    private IdentityResolver(MatchThresholds thresholds, MatchWeights weights, int segment, int threads) {
        this.thresholds = thresholds;
        this.weights = weights;
        this.segmentSize = segment;
        this.threads = threads;
    }

    /** The scorer for these records: the weights, and name frequencies counted on the records themselves. */
    PairScorer scorer(Profile[] profiles) {
        return new PairScorer(thresholds, weights, NameFrequencies.of(profiles));
    }

    /**
     * @param persons for each record, its existing person id, or 0 when it has none yet
     */
    public Resolution resolve(List<Candidate> candidates, long[] persons) {
        Profile[] profiles = new Profile[candidates.size()];
        for (int i = 0; i < profiles.length; i++) {
            profiles[i] = Profile.of(candidates.get(i));
        }
        return resolve(profiles, persons);
    }

    /** Same, on profiles already built (the identity job builds them straight from the database). */
    Resolution resolve(Profile[] profiles, long[] persons) {
        int n = profiles.length;
        UnionFind sets = new UnionFind(n);
        long[] personOfRoot = new long[n];
        joinRecordsOfSamePerson(persons, sets);
        for (int i = 0; i < n; i++) {
            if (persons[i] != 0) {
                personOfRoot[sets.find(i)] = persons[i];
            }
        }
        Link[] best = new Link[n];
        List<Link> possible = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        long[] entries = blockEntries(profiles, BlockingKeys::of);
        int[] keys = comparedKeys(entries, n);
        PairScorer scorer = scorer(profiles);
        forEachScored(scorer, entries, keys, profiles, persons, found -> {
            for (Link link : found) {
                record(link, sets, personOfRoot, best, possible, listed);
            }
        });
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = sets.find(i);
        }
        return new Resolution(cluster, best, possible);
    }

    /**
     * Records already linked to one person form one set. Sorted (person, record) pairs rather than a
     * map of boxed ids: a million linked records would cost about 80 MB in a HashMap.
     */
    private static void joinRecordsOfSamePerson(long[] persons, UnionFind sets) {
        int linked = 0;
        for (long person : persons) {
            if (person != 0) {
                linked++;
            }
        }
        Integer[] order = new Integer[0];
        long[] packed = new long[linked];
        boolean packable = true;
        int k = 0;
        for (int i = 0; i < persons.length; i++) {
            if (persons[i] != 0) {
                packable &= persons[i] > 0 && persons[i] < (1L << 31);
                packed[k++] = (persons[i] << 32) | i;
            }
        }
        if (packable) {
            Arrays.sort(packed);
            for (int j = 1; j < linked; j++) {
                if (packed[j] >>> 32 == packed[j - 1] >>> 32) {
                    sets.union((int) packed[j - 1], (int) packed[j]);
                }
            }
            return;
        }
        // person ids beyond 2^31: a comparison sort of boxed indexes, slower but exact
        order = new Integer[linked];
        k = 0;
        for (int i = 0; i < persons.length; i++) {
            if (persons[i] != 0) {
                order[k++] = i;
            }
        }
        Arrays.sort(order, (x, y) -> Long.compare(persons[x], persons[y]));
        for (int j = 1; j < linked; j++) {
            if (persons[order[j]] == persons[order[j - 1]]) {
                sets.union(order[j - 1], order[j]);
            }
        }
    }

    /**
     * The links found in the blocks, segment by segment in block order, scored on every core: which
     * pairs get compared depends only on the records, never on earlier verdicts, so the scoring runs
     * ahead in parallel while the caller joins the links one segment after the other, in the order a
     * single thread would have met them: the same clusters and the same best links. DISTINCT verdicts
     * are dropped where they are found (they change nothing).
     */
    private void forEachScored(PairScorer scorer, long[] entries, int[] keys, Profile[] profiles, long[] persons,
            Consumer<List<Link>> apply) {
        List<int[]> segments = segments(entries, segmentSize);
        int threads = Math.min(this.threads, segments.size());
        if (threads <= 1) {
            segments.forEach(segment -> apply.accept(scoreSegment(scorer, entries, segment, keys, profiles, persons)));
            return;
        }
        AtomicInteger named = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "identite-score-" + named.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            // a bounded window of segments ahead: their links wait in memory until joined
            Deque<Future<List<Link>>> ahead = new ArrayDeque<>();
            int next = 0;
            while (next < segments.size() || !ahead.isEmpty()) {
                while (next < segments.size() && ahead.size() < threads * 2) {
                    int[] segment = segments.get(next++);
                    ahead.add(pool.submit(() -> scoreSegment(scorer, entries, segment, keys, profiles, persons)));
                }
                apply.accept(ahead.poll().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("résolution interrompue", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs of whole blocks of at least {@code size} entries each (but the last): {from, to} in the sorted entries. */
    private static List<int[]> segments(long[] entries, int size) {
        List<int[]> segments = new ArrayList<>();
        int start = 0;
        for (int from = 0; from < entries.length; ) {
            int to = blockEnd(entries, from);
            if (to - start >= size) {
                segments.add(new int[] {start, to});
                start = to;
            }
            from = to;
        }
        if (start < entries.length) {
            segments.add(new int[] {start, entries.length});
        }
        return segments;
    }

    private static List<Link> scoreSegment(PairScorer scorer, long[] entries, int[] segment, int[] keys, Profile[] profiles, long[] persons) {
        List<Link> found = new ArrayList<>();
        for (int from = segment[0]; from < segment[1]; ) {
            int to = blockEnd(entries, from);
            if (to - from <= MAX_BLOCK) {
                compareBlock(scorer, entries, from, to, keys, profiles, persons, found);
            }
            from = to;
        }
        return found;
    }

    /**
     * Every pair of one block, unless both records already have a person or they share a block met
     * earlier (scored there).
     */
    private static void compareBlock(PairScorer scorer, long[] entries, int from, int to, int[] keys, Profile[] profiles, long[] persons,
            List<Link> found) {
        int block = (int) (entries[from] >> 32);
        for (int x = from; x < to; x++) {
            for (int y = x + 1; y < to; y++) {
                int a = Math.min((int) entries[x], (int) entries[y]);
                int b = Math.max((int) entries[x], (int) entries[y]);
                if (a == b || persons[a] != 0 && persons[b] != 0 || comparedBefore(keys, a, b, block)) {
                    continue;
                }
                PairVerdict verdict = scorer.compare(profiles[a], profiles[b]);
                if (verdict.decision() != Decision.DISTINCT) {
                    found.add(new Link(a, b, verdict));
                }
            }
        }
    }

    /** The end of the block that starts at {@code from} in sorted entries. */
    static int blockEnd(long[] entries, int from) {
        int to = from + 1;
        while (to < entries.length && entries[to] >>> 32 == entries[from] >>> 32) {
            to++;
        }
        return to;
    }

    /**
     * For each record, the hashes of its blocks that get compared (not oversized), {@link #KEYS} slots
     * each, 0 for none. A pair sharing several blocks is scored only in the first: the same verdict
     * again would change nothing, and the engine scored most pairs of duplicates three or four times.
     */
    private static int[] comparedKeys(long[] entries, int n) {
        int[] keys = new int[n * KEYS];
        byte[] count = new byte[n];
        for (int from = 0; from < entries.length; ) {
            int to = blockEnd(entries, from);
            if (to - from <= MAX_BLOCK && to - from > 1) {
                int hash = (int) (entries[from] >> 32);
                for (int e = from; e < to; e++) {
                    int record = (int) entries[e];
                    if (count[record] < KEYS) {
                        keys[record * KEYS + count[record]++] = hash;
                    }
                }
            }
            from = to;
        }
        return keys;
    }

    /**
     * Whether a and b share a block met earlier (blocks come in ascending hash order). A record listed
     * twice in a block (two keys with the same hash) is found in the block itself, never before it.
     */
    private static boolean comparedBefore(int[] keys, int a, int b, int block) {
        for (int i = a * KEYS; i < a * KEYS + KEYS; i++) {
            int hash = keys[i];
            if (hash == 0 || hash >= block) {
                continue;
            }
            for (int j = b * KEYS; j < b * KEYS + KEYS; j++) {
                if (keys[j] == hash) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void addPossible(Link link, List<Link> possible, Set<Long> listed) {
        if (listed.add(((long) link.a() << 32) | link.b())) {
            possible.add(link);
        }
    }

    private static void record(Link link, UnionFind sets, long[] personOfRoot, Link[] best, List<Link> possible,
            Set<Long> listed) {
        switch (link.verdict().decision()) {
            case DISTINCT -> {
            }
            case DOUBLON_POSSIBLE -> addPossible(link, possible, listed);
            case MEME_PERSONNE -> {
                int ra = sets.find(link.a());
                int rb = sets.find(link.b());
                long pa = personOfRoot[ra];
                long pb = personOfRoot[rb];
                if (pa != 0 && pb != 0 && pa != pb) {
                    addPossible(link, possible, listed); // two known persons: a person decides
                    return;
                }
                sets.union(ra, rb);
                personOfRoot[sets.find(ra)] = pa != 0 ? pa : pb;
                keepBest(best, link.a(), link);
                keepBest(best, link.b(), link);
            }
        }
    }

    private static void keepBest(Link[] best, int i, Link link) {
        if (best[i] == null || best[i].verdict().score() < link.verdict().score()) {
            best[i] = link;
        }
    }

    /**
     * One entry per (record, blocking key): the key's 32-bit hash in the high half, the record in the
     * low half, sorted so that each block is a run. A hash collision only adds comparisons; the score
     * decides. Two longs a key instead of a map of boxed lists: 1M records fit in a small heap.
     *
     * @param keys a record's blocking keys (none, or null, for a record that falls in no block)
     */
    static long[] blockEntries(Profile[] profiles, Function<Profile, List<String>> keys) {
        long[] entries = new long[profiles.length * 4];
        int count = 0;
        for (int i = 0; i < profiles.length; i++) {
            for (String key : keys.apply(profiles[i])) {
                if (key == null) {
                    continue;
                }
                if (count == entries.length) {
                    entries = Arrays.copyOf(entries, entries.length * 2);
                }
                entries[count++] = ((long) key.hashCode() << 32) | i;
            }
        }
        entries = Arrays.copyOf(entries, count);
        Arrays.sort(entries);
        return entries;
    }
}
