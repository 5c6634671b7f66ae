package fr.raccrochage.reporting;

import java.util.Arrays;
import java.util.List;

/**
 * Where a call case ended (dossier_appel.statut), in the order reports list them, with the label
 * operators read and the colour of its bars.
 */
enum CaseOutcome {
    EN_SOLUTION("En solution", "#2e7d32", true),
    ORIENTE_ML("Mise en relation mission locale", "#1565c0", true),
    ORIENTE_CIO("Mise en relation CIO", "#6a1b9a", true),
    REFUS("Refus", "#ef6c00", true),
    OPPOSITION("Opposition", "#c62828", true),
    DEMENAGE("Déménagé hors région", "#6d4c41", true),
    INJOIGNABLE("Injoignable après les tentatives", "#757575", false),
    SANS_NUMERO("Sans numéro utilisable", "#9e9e9e", false),
    EXCLU("Exclu (déjà connu, opposition)", "#bdbdbd", false),
    A_APPELER("Appels en cours", "#90caf9", false);

    private final String label;
    private final String color;
    private final boolean reachedOutcome;

    CaseOutcome(String label, String color, boolean reachedOutcome) {
        this.label = label;
        this.color = color;
        this.reachedOutcome = reachedOutcome;
    }

    String label() {
        return label;
    }

    String color() {
        return color;
    }

    /** An outcome given by someone reached on the phone (the end of the funnel). */
    boolean isReachedOutcome() {
        return reachedOutcome;
    }

    /** The status as stored; an unknown one (a later stage's addition) is counted as still open. */
    static CaseOutcome of(String status) {
        return Arrays.stream(values()).filter(o -> o.name().equals(status)).findFirst().orElse(A_APPELER);
    }

    static List<CaseOutcome> reachedOutcomes() {
        return Arrays.stream(values()).filter(CaseOutcome::isReachedOutcome).toList();
    }
}
