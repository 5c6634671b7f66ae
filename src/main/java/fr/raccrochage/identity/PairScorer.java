package fr.raccrochage.identity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Fellegi–Sunter style pairwise score: each field adds its agreement weight (about log2 of
 * m/u) or its disagreement weight, then hard vetoes protect twins, siblings and homonyms, because a
 * false merge means a young person is never called.
 */
public final class PairScorer {

    static final double INE_AGREE = 14;
    static final double INE_DISAGREE = -4; // another source often gives another INE to the same pupil
    static final double LAST_EXACT = 5;
    static final double LAST_CLOSE = 3;
    static final double LAST_DISAGREE = -5;
    static final double FIRST_EXACT = 5;
    static final double FIRST_CLOSE = 3;
    static final double FIRST_DISAGREE = -7;
    static final double DATE_EXACT = 7;
    static final double DATE_SWAPPED = 5;
    static final double DATE_DISAGREE = -8;
    static final double PHONE_AGREE = 6;
    static final double PHONE_DISAGREE = -1; // young people change phones
    static final double GUARDIAN_AGREE = 2;
    static final double GUARDIAN_PHONE_AGREE = 2;
    static final double COMMUNE_AGREE = 1;
    static final double SEX_DISAGREE = -6;

    private static final double NAME_CLOSE = 0.92;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(2);

    private final MatchThresholds thresholds;

    public PairScorer(MatchThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public PairVerdict compare(Candidate a, Candidate b) {
        return compare(Profile.of(a), Profile.of(b));
    }

    PairVerdict compare(Profile a, Profile b) {
        Set<Field> agreed = EnumSet.noneOf(Field.class);
        double score = ine(a, b, agreed) + names(a, b, agreed) + birthDate(a, b, agreed) + phone(a, b, agreed)
                + family(a, b, agreed) + commune(a, b, agreed) + sex(a, b);
        return decide(a, b, score, agreed);
    }

    private PairVerdict decide(Profile a, Profile b, double score, Set<Field> agreed) {
        boolean sameIne = agreed.contains(Field.INE);
        boolean sameFamily = agreed.contains(Field.RESPONSABLES) || agreed.contains(Field.TELEPHONE_RESPONSABLES);
        boolean firstNamesAgree = agreed.contains(Field.PRENOM);
        boolean sameDate = agreed.contains(Field.DATE_NAISSANCE) || agreed.contains(Field.DATE_JOUR_MOIS_INVERSES);
        boolean personal = sameIne || agreed.contains(Field.TELEPHONE);
        if (sameFamily && !firstNamesAgree && !(personal && typo(a.firstFirst(), b.firstFirst()))) {
            return new PairVerdict(Decision.DISTINCT, score, sameDate ? PairVerdict.Rule.VETO_JUMEAUX
                    : PairVerdict.Rule.VETO_FRATRIE, agreed);
        }
        Decision decision = score >= thresholds.samePerson() ? Decision.MEME_PERSONNE
                : score >= thresholds.possibleDuplicate() ? Decision.DOUBLON_POSSIBLE : Decision.DISTINCT;
        if (decision == Decision.MEME_PERSONNE && !sameIne && !corroborated(agreed)) {
            return new PairVerdict(Decision.DOUBLON_POSSIBLE, score, PairVerdict.Rule.HOMONYMES, agreed);
        }
        return new PairVerdict(decision, score, sameIne ? PairVerdict.Rule.INE_IDENTIQUE : PairVerdict.Rule.SCORE,
                agreed);
    }

    /**
     * Names and birth date alone are shared by homonyms, and so may be common guardian names: a merge
     * needs a phone, or the guardians' names in the same commune.
     */
    private static boolean corroborated(Set<Field> agreed) {
        return agreed.contains(Field.TELEPHONE) || agreed.contains(Field.TELEPHONE_RESPONSABLES)
                || agreed.contains(Field.RESPONSABLES) && agreed.contains(Field.COMMUNE);
    }

    /** One letter off in a name of four letters or more: a typo, not a twin's name (Léo and Léa are not). */
    static boolean typo(String a, String b) {
        return Math.min(a.length(), b.length()) >= 4 && LEVENSHTEIN.apply(a, b) <= 1;
    }

    private static double ine(Profile a, Profile b, Set<Field> agreed) {
        if (a.ine() == 0 || b.ine() == 0) {
            return 0;
        }
        return agree(a.ine() == b.ine(), Field.INE, agreed, INE_AGREE, INE_DISAGREE);
    }

    /** The better of the straight reading and the swapped one (last name written as first name). */
    private static double names(Profile a, Profile b, Set<Field> agreed) {
        double straight = lastName(a.last(), b.last()) + firstName(a.firsts(), b.firsts());
        double swapped = lastName(a.last(), b.firstsCompact()) + firstName(a.firsts(), b.lastTokens());
        if (swapped > straight) {
            addNameFields(lastName(a.last(), b.firstsCompact()), firstName(a.firsts(), b.lastTokens()), agreed);
            if (agreed.contains(Field.NOM) || agreed.contains(Field.PRENOM)) {
                agreed.add(Field.NOM_PRENOM_INVERSES);
            }
            return swapped;
        }
        addNameFields(lastName(a.last(), b.last()), firstName(a.firsts(), b.firsts()), agreed);
        return straight;
    }

    private static void addNameFields(double last, double first, Set<Field> agreed) {
        if (last > 0) {
            agreed.add(Field.NOM);
        }
        if (first > 0) {
            agreed.add(Field.PRENOM);
        }
    }

    static double lastName(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return LAST_EXACT;
        }
        return similar(a, b) ? LAST_CLOSE : LAST_DISAGREE;
    }

    /** Several first names: the first ones agree, or one is among the other's, or they are close (a typo). */
    static double firstName(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.get(0).equals(b.get(0))) {
            return FIRST_EXACT;
        }
        if (String.join("", a).equals(String.join("", b))) {
            return FIRST_EXACT;
        }
        if (similar(a.get(0), b.get(0))) {
            return FIRST_CLOSE;
        }
        for (String name : a) {
            if (name.length() > 2 && b.contains(name)) {
                return FIRST_CLOSE;
            }
        }
        return FIRST_DISAGREE;
    }

    static boolean similar(String a, String b) {
        return Math.abs(a.length() - b.length()) <= 2 && JARO_WINKLER.apply(a, b) >= NAME_CLOSE;
    }

    static double birthDate(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return 0;
        }
        if (a.equals(b)) {
            return DATE_EXACT;
        }
        boolean swapped = a.getYear() == b.getYear() && a.getDayOfMonth() == b.getMonthValue()
                && a.getMonthValue() == b.getDayOfMonth();
        return swapped ? DATE_SWAPPED : DATE_DISAGREE;
    }

    private static double birthDate(Profile a, Profile b, Set<Field> agreed) {
        double weight = birthDate(a.birthDate(), b.birthDate());
        if (weight == DATE_EXACT) {
            agreed.add(Field.DATE_NAISSANCE);
        } else if (weight == DATE_SWAPPED) {
            agreed.add(Field.DATE_JOUR_MOIS_INVERSES);
        }
        return weight;
    }

    /** The young person's own phone; a guardian's phone given as theirs is the family's, shared by siblings. */
    private static double phone(Profile a, Profile b, Set<Field> agreed) {
        if (a.phone() == 0 || b.phone() == 0) {
            return 0;
        }
        boolean family = Profile.contains(a.guardianPhones(), a.phone())
                || Profile.contains(b.guardianPhones(), b.phone())
                || Profile.contains(a.guardianPhones(), b.phone())
                || Profile.contains(b.guardianPhones(), a.phone());
        if (family && a.phone() == b.phone()) {
            agreed.add(Field.TELEPHONE_RESPONSABLES);
            return 0;
        }
        return agree(a.phone() == b.phone(), Field.TELEPHONE, agreed, PHONE_AGREE, PHONE_DISAGREE);
    }

    private static double family(Profile a, Profile b, Set<Field> agreed) {
        double score = 0;
        if (Profile.shares(a.guardians(), b.guardians())) {
            agreed.add(Field.RESPONSABLES);
            score += GUARDIAN_AGREE;
        }
        if (Profile.shares(a.guardianPhones(), b.guardianPhones())) {
            agreed.add(Field.TELEPHONE_RESPONSABLES);
            score += GUARDIAN_PHONE_AGREE;
        }
        return score;
    }

    private static double commune(Profile a, Profile b, Set<Field> agreed) {
        if (a.commune() == null || b.commune() == null || !a.commune().equals(b.commune())) {
            return 0;
        }
        agreed.add(Field.COMMUNE);
        return COMMUNE_AGREE;
    }

    private static double sex(Profile a, Profile b) {
        return a.sex() == null || b.sex() == null || a.sex().equals(b.sex()) ? 0 : SEX_DISAGREE;
    }

    private static double agree(boolean same, Field field, Set<Field> agreed, double yes, double no) {
        if (same) {
            agreed.add(field);
            return yes;
        }
        return no;
    }
}
