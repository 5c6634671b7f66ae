package fr.raccrochage.identity;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Fellegi–Sunter style pairwise score: each comparison ({@link Comparison}) gives a level, each level
 * its weight (about log2 of m/u, {@link MatchWeights}), exact name agreements are adjusted by how rare
 * the name is ({@link NameFrequencies}); then hard vetoes protect twins, siblings and homonyms, because
 * a false merge means a young person is never called. The verdict keeps each comparison's
 * contribution: the per-pair explanation.
 */
public final class PairScorer {

    // the hand-set weights the unit tests name
    static final double LAST_CLOSE = MatchWeights.HAND_SET.of(Comparison.NOM, Comparison.CLOSE);
    static final double LAST_DISAGREE = MatchWeights.HAND_SET.of(Comparison.NOM, Comparison.DISAGREE);
    static final double FIRST_EXACT = MatchWeights.HAND_SET.of(Comparison.PRENOM, Comparison.AGREE);
    static final double FIRST_CLOSE = MatchWeights.HAND_SET.of(Comparison.PRENOM, Comparison.CLOSE);
    static final double FIRST_DISAGREE = MatchWeights.HAND_SET.of(Comparison.PRENOM, Comparison.DISAGREE);
    static final double DATE_EXACT = MatchWeights.HAND_SET.of(Comparison.DATE_NAISSANCE, Comparison.AGREE);
    static final double DATE_SWAPPED = MatchWeights.HAND_SET.of(Comparison.DATE_NAISSANCE, Comparison.CLOSE);
    static final double DATE_DISAGREE = MatchWeights.HAND_SET.of(Comparison.DATE_NAISSANCE, Comparison.DISAGREE);

    private static final double NAME_CLOSE = 0.92;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(2);

    private final MatchThresholds thresholds;
    private final MatchWeights weights;
    private final NameFrequencies frequencies;

    public PairScorer(MatchThresholds thresholds) {
        this(thresholds, MatchWeights.HAND_SET, NameFrequencies.NEUTRAL);
    }

    PairScorer(MatchThresholds thresholds, MatchWeights weights, NameFrequencies frequencies) {
        this.thresholds = thresholds;
        this.weights = weights;
        this.frequencies = frequencies;
    }

    public PairVerdict compare(Candidate a, Candidate b) {
        return compare(Profile.of(a), Profile.of(b));
    }

    PairVerdict compare(Profile a, Profile b) {
        Set<Field> agreed = EnumSet.noneOf(Field.class);
        byte[] levels = levels(a, b, agreed);
        double[] contributions = new double[levels.length];
        double score = 0;
        for (Comparison c : Comparison.values()) {
            double w = weights.of(c, levels[c.ordinal()]);
            contributions[c.ordinal()] = w;
            score += w;
        }
        score += frequencyAdjustment(a, b, levels, contributions);
        if (levels[Comparison.PRENOM.ordinal()] == Comparison.CLOSE && twinNames(a, b)) {
            agreed.remove(Field.PRENOM); // two real first names close in spelling: Louis and Louise
        }
        return decide(a, b, score, agreed, contributions);
    }

    /**
     * Two different first names both common in the registry, of a pair born the same day; not when
     * one is a letter off the other and met far less often: a slip of a frequent name recurs in a
     * large list ("THMAS" three times beside two hundred "THOMAS"), twins' names do not differ so
     * (Louis and Louise are both frequent).
     */
    private boolean twinNames(Profile a, Profile b) {
        String x = a.firstFirst();
        String y = b.firstFirst();
        return a.birthDate() != null && a.birthDate().equals(b.birthDate()) && !x.equals(y)
                && frequencies.bothCommon(x, y) && !(typo(x, y) && frequencies.oneFarRarer(x, y));
    }

    /**
     * Each comparison's level for the pair, and the fields that agree (for the explanation and the
     * vetoes). The estimator counts these levels over the blocked pairs.
     */
    byte[] levels(Profile a, Profile b, Set<Field> agreed) {
        byte[] levels = new byte[Comparison.values().length];
        levels[Comparison.INE.ordinal()] = ine(a, b, agreed);
        names(a, b, agreed, levels);
        levels[Comparison.DATE_NAISSANCE.ordinal()] = birthDate(a, b, agreed);
        levels[Comparison.SEXE.ordinal()] = sex(a, b);
        levels[Comparison.TELEPHONE.ordinal()] = phone(a, b, agreed);
        family(a, b, agreed, levels);
        levels[Comparison.ADRESSE.ordinal()] = address(a, b, agreed);
        levels[Comparison.COMMUNE.ordinal()] = commune(a, b, agreed);
        return levels;
    }

    /** Rare names agreeing exactly weigh more, common ones less (term frequencies of the registry). */
    private double frequencyAdjustment(Profile a, Profile b, byte[] levels, double[] contributions) {
        if (frequencies.neutral()) {
            return 0;
        }
        double adjustment = 0;
        if (levels[Comparison.NOM.ordinal()] == Comparison.AGREE) {
            double bits = frequencies.lastName(a.last().isEmpty() ? b.last() : a.last());
            contributions[Comparison.NOM.ordinal()] += bits;
            adjustment += bits;
        }
        if (levels[Comparison.PRENOM.ordinal()] == Comparison.AGREE) {
            double bits = frequencies.firstName(a.firstFirst());
            contributions[Comparison.PRENOM.ordinal()] += bits;
            adjustment += bits;
        }
        return adjustment;
    }

    private PairVerdict decide(Profile a, Profile b, double score, Set<Field> agreed, double[] contributions) {
        boolean sameIne = agreed.contains(Field.INE);
        boolean sameFamily = agreed.contains(Field.RESPONSABLES) || agreed.contains(Field.TELEPHONE_RESPONSABLES)
                || agreed.contains(Field.ADRESSE);
        boolean firstNamesAgree = agreed.contains(Field.PRENOM);
        boolean sameDate = agreed.contains(Field.DATE_NAISSANCE) || agreed.contains(Field.DATE_JOUR_MOIS_INVERSES);
        boolean personal = sameIne || agreed.contains(Field.TELEPHONE);
        if (sameFamily && !firstNamesAgree && !(personal && typo(a.firstFirst(), b.firstFirst()))) {
            return new PairVerdict(Decision.DISTINCT, score, sameDate ? PairVerdict.Rule.VETO_JUMEAUX
                    : PairVerdict.Rule.VETO_FRATRIE, agreed, contributions);
        }
        Decision decision = score >= thresholds.samePerson() ? Decision.MEME_PERSONNE
                : score >= thresholds.possibleDuplicate() ? Decision.DOUBLON_POSSIBLE : Decision.DISTINCT;
        if (decision == Decision.MEME_PERSONNE && !sameIne && !corroborated(agreed)) {
            return new PairVerdict(Decision.DOUBLON_POSSIBLE, score, PairVerdict.Rule.HOMONYMES, agreed,
                    contributions);
        }
        return new PairVerdict(decision, score, sameIne ? PairVerdict.Rule.INE_IDENTIQUE : PairVerdict.Rule.SCORE,
                agreed, contributions);
    }

    /**
     * Names and birth date alone are shared by homonyms, and so may be common guardian names: a merge
     * needs a phone, the same home (street number and street), or the guardians' names in the same commune.
     */
    private static boolean corroborated(Set<Field> agreed) {
        return agreed.contains(Field.TELEPHONE) || agreed.contains(Field.TELEPHONE_RESPONSABLES)
                || agreed.contains(Field.ADRESSE)
                || agreed.contains(Field.RESPONSABLES) && agreed.contains(Field.COMMUNE);
    }

    /** One letter off in a name of four letters or more: a typo, not a twin's name (Léo and Léa are not). */
    static boolean typo(String a, String b) {
        return Math.min(a.length(), b.length()) >= 4 && LEVENSHTEIN.apply(a, b) <= 1;
    }

    private static byte ine(Profile a, Profile b, Set<Field> agreed) {
        if (a.ine() == 0 || b.ine() == 0) {
            return Comparison.ABSENT;
        }
        return agree(a.ine() == b.ine(), Field.INE, agreed);
    }

    /** The better of the straight reading and the swapped one (last name written as first name). */
    private void names(Profile a, Profile b, Set<Field> agreed, byte[] levels) {
        byte last = lastLevel(a.last(), b.last());
        byte first = firstLevel(a.firsts(), b.firsts());
        byte swappedLast = lastLevel(a.last(), b.firstsCompact());
        byte swappedFirst = firstLevel(a.firsts(), b.lastTokens());
        double straight = weights.of(Comparison.NOM, last) + weights.of(Comparison.PRENOM, first);
        double swapped = weights.of(Comparison.NOM, swappedLast) + weights.of(Comparison.PRENOM, swappedFirst);
        String lastB = b.last();
        String firstB = b.firstFirst();
        if (swapped > straight) {
            last = swappedLast;
            first = swappedFirst;
            lastB = b.firstsCompact();
            firstB = b.lastTokens().isEmpty() ? "" : b.lastTokens().get(0);
        }
        last = keyingMistake(last, a.last(), lastB, true);
        first = keyingMistake(first, a.firstFirst(), firstB, false);
        if (last == Comparison.AGREE || last == Comparison.CLOSE) {
            agreed.add(Field.NOM);
        }
        if (first == Comparison.AGREE || first == Comparison.CLOSE) {
            agreed.add(Field.PRENOM);
        }
        if (swapped > straight && (agreed.contains(Field.NOM) || agreed.contains(Field.PRENOM))) {
            agreed.add(Field.NOM_PRENOM_INVERSES);
        }
        levels[Comparison.NOM.ordinal()] = last;
        levels[Comparison.PRENOM.ordinal()] = first;
    }

    /**
     * One letter off that Jaro–Winkler misses ("ANAIS" / "ANHIS") is a typo when one of the two names
     * is met nowhere else in the registry; two real names one letter apart ("LOUIS" / "LOUISE") stay
     * different: that is how twins are told apart when nothing else differs.
     */
    private byte keyingMistake(byte level, String a, String b, boolean lastNames) {
        if (level == Comparison.DISAGREE && typo(a, b) && frequencies.oneIsUnique(a, b, lastNames)) {
            return Comparison.CLOSE;
        }
        return level;
    }

    static double lastName(String a, String b) {
        return MatchWeights.HAND_SET.of(Comparison.NOM, lastLevel(a, b));
    }

    static byte lastLevel(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Comparison.ABSENT;
        }
        if (a.equals(b)) {
            return Comparison.AGREE;
        }
        return similar(a, b) ? Comparison.CLOSE : Comparison.DISAGREE;
    }

    static double firstName(List<String> a, List<String> b) {
        return MatchWeights.HAND_SET.of(Comparison.PRENOM, firstLevel(a, b));
    }

    /** Several first names: the first ones agree, or one is among the other's, or they are close (a typo). */
    static byte firstLevel(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Comparison.ABSENT;
        }
        if (a.get(0).equals(b.get(0))) {
            return Comparison.AGREE;
        }
        if (sameWithoutSpaces(a, b)) {
            return Comparison.AGREE;
        }
        if (similar(a.get(0), b.get(0))) {
            return Comparison.CLOSE;
        }
        for (String name : a) {
            if (name.length() > 2 && b.contains(name)) {
                return Comparison.CLOSE;
            }
        }
        return Comparison.DISAGREE;
    }

    /**
     * Whether two first-name lists read the same once joined ("JEAN MARC" and "JEANMARC"), compared
     * letter by letter: joining them cost a string per compared pair.
     */
    static boolean sameWithoutSpaces(List<String> a, List<String> b) {
        int ia = 0;
        int ib = 0;
        int ca = 0;
        int cb = 0;
        while (true) {
            while (ia < a.size() && ca == a.get(ia).length()) {
                ia++;
                ca = 0;
            }
            while (ib < b.size() && cb == b.get(ib).length()) {
                ib++;
                cb = 0;
            }
            if (ia == a.size() || ib == b.size()) {
                return ia == a.size() && ib == b.size();
            }
            if (a.get(ia).charAt(ca++) != b.get(ib).charAt(cb++)) {
                return false;
            }
        }
    }

    static boolean similar(String a, String b) {
        return Math.abs(a.length() - b.length()) <= 2 && JARO_WINKLER.apply(a, b) >= NAME_CLOSE;
    }

    static double birthDate(LocalDate a, LocalDate b) {
        return MatchWeights.HAND_SET.of(Comparison.DATE_NAISSANCE, dateLevel(a, b));
    }

    static byte dateLevel(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return Comparison.ABSENT;
        }
        if (a.equals(b)) {
            return Comparison.AGREE;
        }
        boolean swapped = a.getYear() == b.getYear() && a.getDayOfMonth() == b.getMonthValue()
                && a.getMonthValue() == b.getDayOfMonth();
        return swapped ? Comparison.CLOSE : Comparison.DISAGREE;
    }

    private static byte birthDate(Profile a, Profile b, Set<Field> agreed) {
        byte level = dateLevel(a.birthDate(), b.birthDate());
        if (level == Comparison.AGREE) {
            agreed.add(Field.DATE_NAISSANCE);
        } else if (level == Comparison.CLOSE) {
            agreed.add(Field.DATE_JOUR_MOIS_INVERSES);
        }
        return level;
    }

    /**
     * The young person's own phone; a guardian's phone given as theirs is the family's, shared by
     * siblings (level CLOSE, no weight).
     */
    private static byte phone(Profile a, Profile b, Set<Field> agreed) {
        if (a.phone() == 0 || b.phone() == 0) {
            return Comparison.ABSENT;
        }
        boolean family = Profile.contains(a.guardianPhones(), a.phone())
                || Profile.contains(b.guardianPhones(), b.phone())
                || Profile.contains(a.guardianPhones(), b.phone())
                || Profile.contains(b.guardianPhones(), a.phone());
        if (family && a.phone() == b.phone()) {
            agreed.add(Field.TELEPHONE_RESPONSABLES);
            return Comparison.CLOSE;
        }
        return agree(a.phone() == b.phone(), Field.TELEPHONE, agreed);
    }

    private static void family(Profile a, Profile b, Set<Field> agreed, byte[] levels) {
        byte guardians = Comparison.ABSENT;
        if (a.guardians().length > 0 && b.guardians().length > 0) {
            guardians = agree(Profile.shares(a.guardians(), b.guardians()), Field.RESPONSABLES, agreed);
        }
        byte phones = Comparison.ABSENT;
        if (a.guardianPhones().length > 0 && b.guardianPhones().length > 0) {
            phones = agree(Profile.shares(a.guardianPhones(), b.guardianPhones()), Field.TELEPHONE_RESPONSABLES,
                    agreed);
        }
        levels[Comparison.RESPONSABLES.ordinal()] = guardians;
        levels[Comparison.TELEPHONE_RESPONSABLES.ordinal()] = phones;
    }

    /** Same home (number and street, same postcode when both give one): what homonyms do not share. */
    private static byte address(Profile a, Profile b, Set<Field> agreed) {
        return switch (a.address().compare(b.address())) {
            case ABSENT -> Comparison.ABSENT;
            case SAME -> {
                agreed.add(Field.ADRESSE);
                yield Comparison.AGREE;
            }
            case SAME_STREET -> Comparison.CLOSE;
            case DIFFERENT -> Comparison.DISAGREE;
        };
    }

    private static byte commune(Profile a, Profile b, Set<Field> agreed) {
        if (a.commune() == null || b.commune() == null) {
            return Comparison.ABSENT;
        }
        return agree(a.commune().equals(b.commune()), Field.COMMUNE, agreed);
    }

    private static byte sex(Profile a, Profile b) {
        if (a.sex() == null || b.sex() == null) {
            return Comparison.ABSENT;
        }
        return a.sex().equals(b.sex()) ? Comparison.AGREE : Comparison.DISAGREE;
    }

    private static byte agree(boolean same, Field field, Set<Field> agreed) {
        if (same) {
            agreed.add(field);
            return Comparison.AGREE;
        }
        return Comparison.DISAGREE;
    }
}
