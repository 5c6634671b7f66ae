package fr.raccrochage.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves records into persons: blocks, scores the pairs inside each block, and joins the
 * MEME_PERSONNE pairs with union-find. Records already linked to a person (earlier waves) keep it; two
 * existing persons are never merged automatically, such a link is reported as a possible duplicate.
 */
public final class IdentityResolver {

    /** A block larger than this (a shared switchboard number…) says little; the other keys cover it. */
    static final int MAX_BLOCK = 300;

    /** A link found between two records. */
    public record Link(int a, int b, PairVerdict verdict) {
    }

    /**
     * The outcome: {@code cluster[i]} is the representative record of record i's person,
     * {@code best[i]} the strongest MEME_PERSONNE link of record i (or null), and the possible duplicates.
     */
    public record Resolution(int[] cluster, Link[] best, List<Link> possible) {
    }

    private final PairScorer scorer;

    public IdentityResolver(MatchThresholds thresholds) {
        this.scorer = new PairScorer(thresholds);
    }

    /**
     * @param persons for each record, its existing person id, or 0 when it has none yet
     */
    public Resolution resolve(List<Candidate> candidates, long[] persons) {
        int n = candidates.size();
        Profile[] profiles = new Profile[n];
        for (int i = 0; i < n; i++) {
            profiles[i] = Profile.of(candidates.get(i));
        }
        UnionFind sets = new UnionFind(n);
        Map<Long, Integer> firstOfPerson = new HashMap<>();
        long[] personOfRoot = new long[n];
        for (int i = 0; i < n; i++) {
            if (persons[i] != 0) {
                Integer first = firstOfPerson.putIfAbsent(persons[i], i);
                if (first != null) {
                    sets.union(first, i);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (persons[i] != 0) {
                personOfRoot[sets.find(i)] = persons[i];
            }
        }
        Link[] best = new Link[n];
        List<Link> possible = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (List<Integer> block : blocks(profiles).values()) {
            if (block.size() < 2 || block.size() > MAX_BLOCK) {
                continue;
            }
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int a = Math.min(block.get(x), block.get(y));
                    int b = Math.max(block.get(x), block.get(y));
                    if ((persons[a] != 0 && persons[b] != 0) || !seen.add(((long) a << 32) | b)) {
                        continue;
                    }
                    PairVerdict verdict = scorer.compare(profiles[a], profiles[b]);
                    record(new Link(a, b, verdict), sets, personOfRoot, best, possible);
                }
            }
        }
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = sets.find(i);
        }
        return new Resolution(cluster, best, possible);
    }

    private static void record(Link link, UnionFind sets, long[] personOfRoot, Link[] best, List<Link> possible) {
        switch (link.verdict().decision()) {
            case DISTINCT -> {
            }
            case DOUBLON_POSSIBLE -> possible.add(link);
            case MEME_PERSONNE -> {
                int ra = sets.find(link.a());
                int rb = sets.find(link.b());
                long pa = personOfRoot[ra];
                long pb = personOfRoot[rb];
                if (pa != 0 && pb != 0 && pa != pb) {
                    possible.add(link); // two known persons: a person decides
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

    private static Map<String, List<Integer>> blocks(Profile[] profiles) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < profiles.length; i++) {
            for (String key : BlockingKeys.of(profiles[i])) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            }
        }
        return blocks;
    }
}
