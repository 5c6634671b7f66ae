package fr.raccrochage.identity;

import fr.raccrochage.core.privacy.Oppositions;
import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.identity.KnownCaseMatcher.Match;
import fr.raccrochage.identity.KnownCaseMatcher.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision on known-case lines against a small registry, without a database. */
class KnownCaseMatcherTest {

    static final LocalDate BORN = LocalDate.of(2008, 4, 10);
    static final KnownCaseMatcher MATCHER = new KnownCaseMatcher(MatchThresholds.DEFAULTS);

    /** Person 7: Lucas Durand, INE 1111111111A, seen in wave W1; person 8: Léa Martin, no INE. */
    private static RecordTable registry() {
        RecordTable table = new RecordTable();
        table.fileName(RecordTable.Source.SIEI, 1, "liste.csv");
        table.add(RecordTable.Source.SIEI, 1, 2, "W1", 7, Profile.of(new Candidate(0, "1111111111A", "Durand",
                "Lucas", BORN, "M", "+33612345601", List.of("DURAND Marc"), List.of("+33145000001"), "93066")));
        table.add(RecordTable.Source.SIEI, 1, 3, "W1", 8, Profile.of(new Candidate(0, null, "Martin", "Léa",
                LocalDate.of(2008, 2, 1), "F", "+33612345603", List.of(), List.of(), "93066")));
        return table;
    }

    private static KnownCaseLine line(int n, String ine, String last, String first, LocalDate born,
            KnownCaseStatus status) {
        return new KnownCaseLine(n, ine, last, first, born, "ML-1", status, LocalDate.of(2026, 9, 1), null);
    }

    @Test
    void shouldLinkALineWithTheSameIneToThatPerson() {
        Outcome outcome = MATCHER.match(registry(), 50, "connus.csv",
                List.of(line(2, "1111111111A", "DURAND", "LUCAS", BORN, KnownCaseStatus.SUIVI)), 8);

        Match match = outcome.matches().get(0);
        assertThat(match.decision()).isEqualTo(Decision.MEME_PERSONNE);
        assertThat(match.newPerson()).isFalse();
        assertThat(match.personId()).isEqualTo(7);
        assertThat(match.motif()).startsWith("INE identique (INE, nom, prénom et date de naissance concordent")
                .endsWith("; avec liste.csv ligne 2 (vague W1)");
        assertThat(outcome.createdPersons()).isEmpty();
    }

    @Test
    void shouldSendSameNamesAndBirthDateWithoutIneToReviewNeverMerge() {
        Outcome outcome = MATCHER.match(registry(), 50, "connus.csv",
                List.of(line(2, null, "MARTIN", "LEA", LocalDate.of(2008, 2, 1), KnownCaseStatus.SUIVI)), 8);

        Match match = outcome.matches().get(0);
        assertThat(match.decision()).isEqualTo(Decision.DOUBLON_POSSIBLE);
        assertThat(match.decisionName()).isEqualTo("DOUBLON_POSSIBLE");
        assertThat(match.newPerson()).isTrue();
        assertThat(match.personId()).isEqualTo(9);
        assertThat(outcome.createdPersons()).containsExactly(9L);
        assertThat(match.candidates()).singleElement().satisfies(c -> {
            assertThat(c.personId()).isEqualTo(8);
            assertThat(c.motif()).startsWith("homonymes possibles").endsWith("(jeune n° 8)");
        });
    }

    @Test
    void shouldCreateAPersonForALineMatchingNobodyAndShareItWithinTheList() {
        Outcome outcome = MATCHER.match(registry(), 50, "connus.csv", List.of(
                line(2, "2222222222B", "Bernard", "Hugo", LocalDate.of(2007, 3, 3), KnownCaseStatus.SUIVI),
                line(3, "2222222222B", "BERNARD", "HUGO", LocalDate.of(2007, 3, 3), KnownCaseStatus.OPPOSITION)), 8);

        assertThat(outcome.createdPersons()).containsExactly(9L);
        assertThat(outcome.matches()).extracting(Match::personId).containsExactly(9L, 9L);
        assertThat(outcome.matches()).extracting(Match::newPerson).containsExactly(true, true);
    }

    @Test
    void shouldKeepATwinOrAnotherYoungPersonApart() {
        Outcome outcome = MATCHER.match(registry(), 50, "connus.csv", List.of(
                line(2, null, "Durand", "Léo", BORN, KnownCaseStatus.SUIVI),
                line(3, null, "Petit", "Noé", LocalDate.of(2009, 1, 1), KnownCaseStatus.EN_SOLUTION)), 8);

        assertThat(outcome.matches()).extracting(Match::decisionName)
                .containsExactly("NOUVELLE_PERSONNE", "NOUVELLE_PERSONNE");
        assertThat(outcome.matches().get(1).motif()).isEqualTo("aucun jeune connu ne concorde");
        assertThat(outcome.createdPersons()).containsExactly(9L, 10L);
    }

    @Test
    void shouldExtendAnOppositionToThePersonsItMayDesignate() {
        Outcome outcome = MATCHER.match(registry(), 50, "opp.csv", List.of(
                line(4, null, "MARTIN", "LEA", LocalDate.of(2008, 2, 1), KnownCaseStatus.OPPOSITION),
                line(5, null, "MARTIN", "LEA", LocalDate.of(2008, 2, 1), KnownCaseStatus.SUIVI)), 8);

        List<JdbcKnownCaseDao.Opposition> oppositions = KnownCaseImportService.oppositions("opp.csv",
                outcome.matches());

        // line 5, the same names and birth date in the same list, may be the same young person too
        assertThat(outcome.matches()).extracting(Match::personId).containsExactly(9L, 10L);
        assertThat(oppositions).containsExactlyInAnyOrder(
                new JdbcKnownCaseDao.Opposition(9, LocalDate.of(2026, 9, 1), "liste connus opp.csv ligne 4",
                        Oppositions.Kind.REELLE),
                new JdbcKnownCaseDao.Opposition(8, LocalDate.of(2026, 9, 1),
                        "liste connus opp.csv ligne 4 (rapprochement à vérifier)", Oppositions.Kind.PRECAUTION),
                new JdbcKnownCaseDao.Opposition(10, LocalDate.of(2026, 9, 1),
                        "liste connus opp.csv ligne 4 (rapprochement à vérifier)", Oppositions.Kind.PRECAUTION));
    }
}
