package fr.raccrochage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
}
