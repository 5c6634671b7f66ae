package fr.raccrochage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameFrequenciesTest {

    static final LocalDate BORN = LocalDate.of(2008, 3, 14);

    /** 2,000 records: MARTIN and LEA on one in ten, the rest spread over 900 names seen twice each or so. */
    static NameFrequencies registry() {
        Map<String, Integer> last = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        last.put("MARTIN", 200);
        first.put("LEA", 200);
        for (int i = 0; i < 900; i++) {
            last.put("NOM" + i, 2);
            first.put("PRENOM" + i, 2);
        }
        last.put("KEROUEDAN", 1);
        first.put("AZILIZ", 1);
        return NameFrequencies.of(last, first);
    }

    static Candidate person(String last, String first, String address) {
        return new Candidate(0, null, last, first, BORN, "F", null, List.of(), List.of(), "93066", address, "93200");
    }

    /** 2,000 Durand with these first names, and 200 other first names met five times each. */
    static NameFrequencies durands(Map<String, Integer> firstNames) {
        Map<String, Integer> first = new HashMap<>(firstNames);
        for (int i = 0; i < 200; i++) {
            first.put("P" + i, 5);
        }
        return NameFrequencies.of(Map.of("DURAND", 2000), first);
    }

    @Test
    void shouldWeighACommonNameLessAndARareOneMore() {
        NameFrequencies f = registry();

        assertThat(f.lastName("MARTIN")).isLessThan(0).isGreaterThanOrEqualTo(-NameFrequencies.MAX_PENALTY);
        assertThat(f.lastName("KEROUEDAN")).isGreaterThan(0).isLessThanOrEqualTo(NameFrequencies.MAX_BONUS);
        assertThat(f.firstName("LEA")).isLessThan(f.firstName("PRENOM1"));
    }

    @Test
    void shouldScoreMartinLeaBelowKerouedanAzilizWithTheSameEvidence() {
        PairScorer scorer = new PairScorer(MatchThresholds.DEFAULTS, MatchWeights.HAND_SET, registry());

        PairVerdict common = scorer.compare(Profile.of(person("Martin", "Léa", "3 rue Voltaire")),
                Profile.of(person("MARTIN", "LEA", "3 R VOLTAIRE")));
        PairVerdict rare = scorer.compare(Profile.of(person("Kerouédan", "Aziliz", "3 rue Voltaire")),
                Profile.of(person("KEROUEDAN", "AZILIZ", "3 R VOLTAIRE")));

        assertThat(common.score()).isLessThan(rare.score());
        assertThat(common.contributions()[Comparison.NOM.ordinal()]).isLessThan(MatchWeights.HAND_SET.of(
                Comparison.NOM, Comparison.AGREE));
        assertThat(common.decision()).isEqualTo(Decision.MEME_PERSONNE);
    }

    @Test
    void shouldLeaveWeightsAloneWithASmallRegistry() {
        NameFrequencies small = NameFrequencies.of(Map.of("MARTIN", 30, "DURAND", 1), Map.of("LEA", 31));

        assertThat(small.neutral()).isTrue();
        assertThat(small.lastName("MARTIN")).isZero();
        assertThat(small.oneIsUnique("DURAND", "DURANT", true)).isFalse();
    }

    @Test
    void shouldTakeAOneLetterSlipInAUniqueNameForATypoButNotTwoRealNames() {
        NameFrequencies f = durands(Map.of("ANAIS", 300, "LOUIS", 300, "LOUISE", 300, "NOAH", 300, "NOAM", 300));
        PairScorer scorer = new PairScorer(MatchThresholds.DEFAULTS, MatchWeights.HAND_SET, f);

        PairVerdict typo = scorer.compare(Profile.of(person("Durand", "Anaïs", "3 rue Voltaire")),
                Profile.of(person("DURAND", "ANHIS", "3 rue Voltaire")));
        PairVerdict twins = scorer.compare(Profile.of(person("Durand", "Louis", "3 rue Voltaire")),
                Profile.of(person("DURAND", "LOUISE", "3 rue Voltaire")));

        PairVerdict close = scorer.compare(Profile.of(person("Durand", "Noah", "3 rue Voltaire")),
                Profile.of(person("DURAND", "NOAM", "3 rue Voltaire")));

        assertThat(typo.decision()).isEqualTo(Decision.MEME_PERSONNE);
        assertThat(twins.decision()).isEqualTo(Decision.DISTINCT);
        assertThat(twins.rule()).isEqualTo(PairVerdict.Rule.VETO_JUMEAUX);
        assertThat(close.rule()).isEqualTo(PairVerdict.Rule.VETO_JUMEAUX);
    }

    @Test
    void shouldTakeARecurringSlipOfAFrequentNameForATypoButKeepTwinsApart() {
        NameFrequencies f = durands(Map.of("THOMAS", 300, "THMAS", 6, "LOUIS", 300, "LOUISA", 40));
        PairScorer scorer = new PairScorer(MatchThresholds.DEFAULTS, MatchWeights.HAND_SET, f);

        PairVerdict slip = scorer.compare(Profile.of(person("Durand", "Thmas", "3 rue Voltaire")),
                Profile.of(person("DURAND", "THOMAS", "3 rue Voltaire")));
        PairVerdict twins = scorer.compare(Profile.of(person("Durand", "Louis", "3 rue Voltaire")),
                Profile.of(person("DURAND", "LOUISA", "3 rue Voltaire")));

        assertThat(f.bothCommon("THMAS", "THOMAS")).isTrue();
        assertThat(f.oneFarRarer("THMAS", "THOMAS")).isTrue();
        assertThat(slip.decision()).isEqualTo(Decision.MEME_PERSONNE);
        assertThat(twins.decision()).isEqualTo(Decision.DISTINCT);
        assertThat(twins.rule()).isEqualTo(PairVerdict.Rule.VETO_JUMEAUX);
    }
}
