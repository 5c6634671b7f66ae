package fr.raccrochage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdentityResolverTest {

    static final IdentityResolver RESOLVER = new IdentityResolver(MatchThresholds.DEFAULTS);

    static Candidate record(int id, String ine, String last, String first, LocalDate born, String phone,
            String guardian) {
        return new Candidate(id, ine, last, first, born, null, phone, List.of(guardian), List.of(), null);
    }

    @Test
    void shouldJoinChainsOfDuplicatesAndKeepOthersApart() {
        LocalDate born = LocalDate.of(2007, 5, 2);
        List<Candidate> records = List.of(
                record(0, "111", "Durand", "Paul", born, "+33611111111", "Durand Marc"),
                record(1, "111", "DURAND", "Paul", born, null, "Durand Marc"),
                record(2, null, "Paul", "Durand", born, "+33611111111", "Durand Marc"),
                record(3, null, "Durand", "Luc", LocalDate.of(2009, 1, 1), "+33622222222", "Durand Marc"),
                record(4, null, "Martin", "Zoé", born, "+33633333333", "Martin Anne"));

        IdentityResolver.Resolution resolution = RESOLVER.resolve(records, new long[5]);

        int[] c = resolution.cluster();
        assertThat(c[0]).isEqualTo(c[1]).isEqualTo(c[2]);
        assertThat(c[3]).isNotEqualTo(c[0]);
        assertThat(c[4]).isNotEqualTo(c[0]).isNotEqualTo(c[3]);
        assertThat(resolution.best()[2].verdict().decision()).isEqualTo(Decision.MEME_PERSONNE);
    }

    @Test
    void shouldNeverMergeTwoExistingPersons() {
        LocalDate born = LocalDate.of(2007, 5, 2);
        List<Candidate> records = List.of(
                record(0, "111", "Durand", "Paul", born, "+33611111111", "Durand Marc"),
                record(1, "111", "Durand", "Paul", born, "+33611111111", "Durand Marc"),
                record(2, "111", "Durand", "Paul", born, "+33611111111", "Durand Marc"));

        IdentityResolver.Resolution resolution = RESOLVER.resolve(records, new long[] {7, 8, 0});

        assertThat(resolution.cluster()[0]).isNotEqualTo(resolution.cluster()[1]);
        assertThat(resolution.possible()).hasSize(1);
    }

    @Test
    void shouldUnionSetsTransitively() {
        UnionFind sets = new UnionFind(4);
        sets.union(0, 1);
        sets.union(2, 3);
        sets.union(1, 3);

        assertThat(sets.find(0)).isEqualTo(sets.find(2));
    }

    @Test
    void shouldPutSwappedNamesAndDatesInTheSameBlock() {
        Profile a = Profile.of(record(0, null, "Durand", "Paul", LocalDate.of(2007, 5, 2), null, "x"));
        Profile b = Profile.of(record(1, null, "Paul", "Durand", LocalDate.of(2007, 2, 5), null, "x"));

        assertThat(BlockingKeys.of(a)).containsAnyElementsOf(BlockingKeys.of(b));
    }

    @Test
    void shouldFindTheSameLinksWhateverTheScoringIsSplitInto() {
        List<Candidate> records = families(new Random(7), 1_500);
        long[] persons = new long[records.size()];
        for (int i = 0; i < persons.length; i += 5) {
            persons[i] = 1_000 + i / 10; // earlier waves: some already linked, some sharing a person
        }

        IdentityResolver.Resolution alone = new IdentityResolver(MatchThresholds.DEFAULTS, Integer.MAX_VALUE, 1)
                .resolve(records, persons);
        IdentityResolver.Resolution split = new IdentityResolver(MatchThresholds.DEFAULTS, 1, 3)
                .resolve(records, persons);

        assertThat(alone.possible()).hasSizeGreaterThan(10);
        assertThat(Arrays.stream(alone.best()).filter(l -> l != null).count()).isGreaterThan(500);
        assertThat(split.cluster()).containsExactly(alone.cluster());
        assertThat(describe(split.best())).containsExactlyElementsOf(describe(alone.best()));
        assertThat(describe(split.possible().toArray(IdentityResolver.Link[]::new)))
                .containsExactlyElementsOf(describe(alone.possible().toArray(IdentityResolver.Link[]::new)));
    }

    private static List<String> describe(IdentityResolver.Link[] links) {
        return Arrays.stream(links)
                .map(l -> l == null ? "-" : l.a() + " " + l.b() + " " + l.verdict().score() + " " + l.verdict().motif())
                .toList();
    }

    /** Young people with brothers and sisters, each seen one to three times with variations. */
    private static List<Candidate> families(Random random, int count) {
        String[] lasts = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau"};
        String[] firsts = {"Lucas", "Léa", "Hugo", "Chloé", "Louis", "Emma", "Jules", "Inès", "Adam", "Jade"};
        List<Candidate> records = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            int family = random.nextInt(count / 3);
            String last = lasts[family % lasts.length] + (family / lasts.length == 0 ? "" : "-" + family / 9);
            String first = firsts[random.nextInt(firsts.length)];
            LocalDate born = LocalDate.of(2006 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String phone = "+336" + (10_000_000 + random.nextInt(89_999_999));
            String ine = random.nextBoolean() ? "0" + (100_000_000 + p) + "AB" : null;
            for (int seen = 1 + random.nextInt(3); seen > 0; seen--) {
                String f = random.nextInt(6) == 0 ? first.substring(0, first.length() - 1) + "e" : first;
                String l = random.nextInt(8) == 0 ? last.toUpperCase() : last;
                records.add(record(records.size(), random.nextInt(4) == 0 ? null : ine, l, f,
                        random.nextInt(10) == 0 ? born.plusDays(1) : born,
                        random.nextInt(3) == 0 ? null : phone, "Parent " + last));
            }
        }
        return records;
    }
}
