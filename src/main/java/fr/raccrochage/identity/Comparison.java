package fr.raccrochage.identity;

/**
 * The comparisons that make a pair's score, each with its levels ({@link #ABSENT}: a value is
 * missing, no evidence; {@link #AGREE}; {@link #CLOSE}: a typo, swapped day and month, the same street
 * with another number…; {@link #DISAGREE}), and the French words of the per-field explanation.
 */
public enum Comparison {
    INE("INE"),
    NOM("nom"),
    PRENOM("prénom"),
    DATE_NAISSANCE("date de naissance"),
    SEXE("sexe"),
    TELEPHONE("téléphone"),
    RESPONSABLES("responsables"),
    TELEPHONE_RESPONSABLES("téléphone des responsables"),
    ADRESSE("adresse"),
    COMMUNE("commune");

    public static final byte ABSENT = 0;
    public static final byte AGREE = 1;
    public static final byte CLOSE = 2;
    public static final byte DISAGREE = 3;
    public static final int LEVELS = 4;

    private final String label;

    Comparison(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The level's French name, for the weights report. */
    public static String levelLabel(int level) {
        return switch (level) {
            case ABSENT -> "absent";
            case AGREE -> "concorde";
            case CLOSE -> "proche";
            default -> "diffère";
        };
    }
}
