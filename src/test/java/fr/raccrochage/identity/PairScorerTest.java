package fr.raccrochage.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairScorerTest {

    @Test
    void shouldTellFirstNameListsThatReadTheSameJoinedAsJoiningThemWould() {
        java.util.Random random = new java.util.Random(11);
        String[] pieces = {"", "A", "AN", "NE", "JEAN", "MARC", "JEANMARC", "ANNE", "E"};
        for (int n = 0; n < 20_000; n++) {
            List<String> a = randomList(random, pieces);
            List<String> b = randomList(random, pieces);
            assertThat(PairScorer.sameWithoutSpaces(a, b)).as("%s / %s", a, b)
                    .isEqualTo(String.join("", a).equals(String.join("", b)));
        }
        assertThat(PairScorer.sameWithoutSpaces(List.of("JEAN", "MARC"), List.of("JEANMARC"))).isTrue();
        assertThat(PairScorer.sameWithoutSpaces(List.of("JEAN", "MARC"), List.of("JEAN"))).isFalse();
    }

    private static List<String> randomList(java.util.Random random, String[] pieces) {
        int size = random.nextInt(4);
        java.util.List<String> list = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(pieces[random.nextInt(pieces.length)]);
        }
        return list;
    }


    static final PairScorer SCORER = new PairScorer(MatchThresholds.DEFAULTS);
    static final LocalDate BORN = LocalDate.of(2008, 3, 14);

    static Candidate lea() {
        return new Candidate(0, "1234567890A", "Lefèvre", "Léa Marie", BORN, "F", "+33612345678",
                List.of("Lefèvre Paul"), List.of("+33145678901"), "93066");
    }

    static Candidate with(Candidate c, String ine, String last, String first, LocalDate born, String phone) {
        return new Candidate(1, ine, last, first, born, c.sex(), phone, c.guardians(), c.guardianPhones(), c.commune());
    }

    @Test
    void shouldMergeOnTheSameIneWhateverTheSpelling() {
        PairVerdict verdict = SCORER.compare(lea(), with(lea(), "1234567890a", "LEFEVRE", "Lea", BORN, null));

        assertThat(verdict.decision()).isEqualTo(Decision.MEME_PERSONNE);
        assertThat(verdict.rule()).isEqualTo(PairVerdict.Rule.INE_IDENTIQUE);
        assertThat(verdict.motif()).startsWith("INE identique");
    }

    @Test
    void shouldMergeANoisyDuplicateWithoutIne() {
        PairVerdict verdict = SCORER.compare(lea(), with(lea(), null, "Lefevre-", "Lea", LocalDate.of(2008, 3, 14),
                "+33699999999"));

        assertThat(verdict.decision()).isEqualTo(Decision.MEME_PERSONNE);
        assertThat(verdict.agreed()).contains(Field.NOM, Field.PRENOM, Field.DATE_NAISSANCE, Field.RESPONSABLES);
    }

    @Test
    void shouldMergeSwappedNames() {
        PairVerdict verdict = SCORER.compare(lea(), with(lea(), null, "Léa", "LEFEVRE", BORN, "+33612345678"));

        assertThat(verdict.decision()).isEqualTo(Decision.MEME_PERSONNE);
        assertThat(verdict.agreed()).contains(Field.NOM_PRENOM_INVERSES);
    }

    @Test
    void shouldMergeDayAndMonthSwapped() {
        LocalDate born = LocalDate.of(2008, 3, 4);
        Candidate a = with(lea(), null, "Lefèvre", "Léa", born, "+33612345678");

        PairVerdict verdict = SCORER.compare(a, with(lea(), null, "Lefevre", "Lea", LocalDate.of(2008, 4, 3),
                "+33612345678"));

        assertThat(verdict.decision()).isEqualTo(Decision.MEME_PERSONNE);
        assertThat(verdict.agreed()).contains(Field.DATE_JOUR_MOIS_INVERSES);
    }

    @Test
    void shouldScoreDayAndMonthInvertedBelowTheExactDate() {
        assertThat(PairScorer.birthDate(LocalDate.of(2008, 3, 4), LocalDate.of(2008, 4, 3)))
                .isEqualTo(PairScorer.DATE_SWAPPED);
        assertThat(PairScorer.birthDate(LocalDate.of(2008, 3, 4), LocalDate.of(2008, 3, 4)))
                .isEqualTo(PairScorer.DATE_EXACT);
        assertThat(PairScorer.birthDate(LocalDate.of(2008, 3, 4), LocalDate.of(2009, 4, 3)))
                .isEqualTo(PairScorer.DATE_DISAGREE);
    }

    @Test
    void shouldAcceptSmallTyposAndOneOfSeveralFirstNames() {
        assertThat(PairScorer.lastName("LEFEVRE", "LEFEVBRE")).isEqualTo(PairScorer.LAST_CLOSE);
        assertThat(PairScorer.lastName("LEFEVRE", "DURAND")).isEqualTo(PairScorer.LAST_DISAGREE);
        assertThat(PairScorer.firstName(List.of("JEAN", "PIERRE"), List.of("JEAN"))).isEqualTo(PairScorer.FIRST_EXACT);
        assertThat(PairScorer.firstName(List.of("MARIE", "LEA"), List.of("LEA"))).isEqualTo(PairScorer.FIRST_CLOSE);
        assertThat(PairScorer.firstName(List.of("LEA"), List.of("CHLOE"))).isEqualTo(PairScorer.FIRST_DISAGREE);
    }

    @Test
    void shouldNeverMergeTwins() {
        Candidate twin = with(lea(), "2234567890B", "Lefèvre", "Chloé", BORN, "+33687654321");

        PairVerdict verdict = SCORER.compare(lea(), twin);

        assertThat(verdict.decision()).isEqualTo(Decision.DISTINCT);
        assertThat(verdict.rule()).isEqualTo(PairVerdict.Rule.VETO_JUMEAUX);
    }

    @Test
    void shouldNeverMergeSiblingsSharingGuardiansAndPhone() {
        Candidate sibling = with(lea(), null, "Lefèvre", "Hugo", LocalDate.of(2010, 6, 1), "+33612345678");

        PairVerdict verdict = SCORER.compare(lea(), sibling);

        assertThat(verdict.decision()).isEqualTo(Decision.DISTINCT);
        assertThat(verdict.rule()).isEqualTo(PairVerdict.Rule.VETO_FRATRIE);
    }

    @Test
    void shouldAtMostFlagHomonymsFromAnotherFamily() {
        Candidate homonym = new Candidate(1, null, "Lefevre", "Léa", BORN, "F", "+33600000001",
                List.of("Martin Sophie"), List.of("+33100000000"), "75111");

        PairVerdict verdict = SCORER.compare(lea(), homonym);

        assertThat(verdict.decision()).isNotEqualTo(Decision.MEME_PERSONNE);
    }

    @Test
    void shouldExplainTheDecisionInFrench() {
        PairVerdict verdict = SCORER.compare(lea(), with(lea(), null, "Lefevre", "Lea", BORN, "+33612345678"));

        assertThat(verdict.motif()).isEqualTo("nom, prénom, date de naissance, téléphone, responsables, "
                + "téléphone des responsables et commune concordent (score 28,0)");
    }

    @Test
    void shouldHonourConfiguredThresholds() {
        PairScorer strict = new PairScorer(new MatchThresholds(100, 50));

        assertThat(strict.compare(lea(), with(lea(), null, "Lefevre", "Lea", BORN, "+33612345678")).decision())
                .isEqualTo(Decision.DISTINCT);
    }

    @Test
    void shouldMergeAFirstNameTypoInTheSameFamilyWhenThePersonalPhoneAgrees() {
        Candidate typo = with(lea(), null, "Lefèvre", "Lua", BORN, "+33612345678");
        Candidate longer = new Candidate(0, null, "Ferreira", "Leonor", BORN, "F", "+33793263013",
                List.of("Ferreira Carlos"), List.of("+33771216430"), "92004");
        Candidate noisy = new Candidate(1, null, "FERREIRA", "LEMNOR", BORN, "F", "+33793263013",
                List.of("FERREIRA CARLOS"), List.of("+33771216430"), "77053");

        assertThat(SCORER.compare(longer, noisy).decision()).isEqualTo(Decision.MEME_PERSONNE);
        assertThat(SCORER.compare(lea(), typo).decision()).isEqualTo(Decision.DISTINCT);
        assertThat(PairScorer.typo("LEONOR", "LEMNOR")).isTrue();
        assertThat(PairScorer.typo("LEO", "LEA")).isFalse();
    }

    @Test
    void shouldCountAGuardiansPhoneGivenAsTheYoungPersonsAsTheFamilys() {
        Candidate a = with(lea(), null, "Lefèvre", "Léa", BORN, "+33145678901");
        Candidate b = with(lea(), null, "Lefèvre", "Léa", BORN, "+33145678901");

        PairVerdict verdict = SCORER.compare(a, b);

        assertThat(verdict.agreed()).doesNotContain(Field.TELEPHONE).contains(Field.TELEPHONE_RESPONSABLES);
    }

    @Test
    void shouldNotMergeHomonymsWhoseGuardiansShareACommonName() {
        Candidate a = new Candidate(0, "0943787641W", "Dupont", "Mia", BORN, "F", null,
                List.of("Dupont Virginie"), List.of("+33733771163"), "75109");
        Candidate b = new Candidate(1, "6019290333V", "Dupont", "Mia", BORN, "F", "+33611899523",
                List.of("Dupont Virginie"), List.of("+33647477299"), "94068");

        assertThat(SCORER.compare(a, b).decision()).isNotEqualTo(Decision.MEME_PERSONNE);
    }

    static Candidate resident(String last, String first, String address, String postcode) {
        return new Candidate(0, null, last, first, BORN, "F", null, List.of(), List.of(), null, address, postcode);
    }

    @Test
    void shouldLinkNamesAndBirthDateWhenTheSameHomeCorroborates() {
        PairVerdict verdict = SCORER.compare(resident("Lefèvre", "Léa", "Bât. B, 12 av. du Gal de Gaulle", "92110"),
                resident("LEFEVRE", "LEA", "12 AVENUE DU GENERAL DE GAULLE", "92110"));

        assertThat(verdict.decision()).isEqualTo(Decision.MEME_PERSONNE);
        assertThat(verdict.agreed()).contains(Field.ADRESSE);
    }

    @Test
    void shouldKeepTrueHomonymsLivingElsewhereForReview() {
        PairVerdict verdict = SCORER.compare(resident("Lefèvre", "Léa", "12 rue Victor Hugo", "92110"),
                resident("LEFEVRE", "LEA", "4 rue Pasteur", "95000"));

        assertThat(verdict.decision()).isEqualTo(Decision.DOUBLON_POSSIBLE);
        assertThat(verdict.rule()).isEqualTo(PairVerdict.Rule.HOMONYMES);
    }

    @Test
    void shouldNeverMergeTwinsLivingAtTheSameAddress() {
        PairVerdict verdict = SCORER.compare(resident("Lefèvre", "Léa", "12 rue Victor Hugo", "92110"),
                resident("Lefèvre", "Chloé", "12 rue Victor Hugo", "92110"));

        assertThat(verdict.decision()).isEqualTo(Decision.DISTINCT);
        assertThat(verdict.rule()).isEqualTo(PairVerdict.Rule.VETO_JUMEAUX);
    }

    @Test
    void shouldExplainTheScoreFieldByField() {
        PairVerdict verdict = SCORER.compare(resident("Lefèvre", "Léa", "12 rue Victor Hugo", "92110"),
                resident("LEFEVRE", "LEA", "4 rue Pasteur", "92110"));

        double sum = 0;
        for (double c : verdict.contributions()) {
            sum += c;
        }
        assertThat(sum).isEqualTo(verdict.score());
        assertThat(verdict.detail()).isEqualTo("NOM=5.0|PRENOM=5.0|DATE_NAISSANCE=7.0|SEXE=0.0|ADRESSE=-2.0"
                .replace("|SEXE=0.0", ""));
        assertThat(Contributions.waterfall(verdict.detail()))
                .isEqualTo("nom +5,0 ; prénom +5,0 ; date de naissance +7,0 ; adresse −2,0 = 15,0");
    }
}
