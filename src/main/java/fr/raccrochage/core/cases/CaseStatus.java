package fr.raccrochage.core.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a call case stands ({@code dossier_appel.statut}), the one set of statuses every stage
 * reads and writes: the calls stage sets them, the closing routes by them, the reports count them.
 * Every status except {@link #A_APPELER} is closed.
 */
public enum CaseStatus {
    A_APPELER("Appels en cours", "à appeler", false),
    EN_SOLUTION("En solution", "en solution", true),
    ORIENTE_ML("Mise en relation mission locale", "orientés mission locale", true),
    ORIENTE_CIO("Mise en relation CIO", "orientés CIO", true),
    REFUS("Refus", "refus", true),
    OPPOSITION("Opposition", "opposition", true),
    DEMENAGE("Déménagé hors région", "déménagés", true),
    /** Ten unsuccessful attempts, or no number left. */
    INJOIGNABLE("Injoignable après les tentatives", "injoignables", false),
    /** No usable number at planning: unreachable at once, never put on a sheet. */
    SANS_NUMERO("Sans numéro utilisable", "sans numéro exploitable", false),
    /** Not called in this wave (already known, opposition, followed by a partner): the reason is stored apart. */
    EXCLU("Exclu (déjà connu, opposition)", "écartés", false);

    private final String label;
    private final String countLabel;
    private final boolean reachedOutcome;

    CaseStatus(String label, String countLabel, boolean reachedOutcome) {
        this.label = label;
        this.countLabel = countLabel;
        this.reachedOutcome = reachedOutcome;
    }

    /** What operators read for one case's status (report rows, legends). */
    public String label() {
        return label;
    }

    /** The plural phrase a count of cases is printed with ("injoignables : 12"). */
    public String countLabel() {
        return countLabel;
    }

    public boolean isClosed() {
        return this != A_APPELER;
    }

    public boolean isUnreachable() {
        return this == INJOIGNABLE || this == SANS_NUMERO;
    }

    /** An outcome given by someone reached on the phone (the end of the funnel). */
    public boolean isReachedOutcome() {
        return reachedOutcome;
    }

    /**
     * How summaries name a stored status: an exclusion by its reason ({@code EXCLU_OPPOSITION}),
     * every other status by its name.
     */
    public static String summaryKey(String stored, String exclusion) {
        return EXCLU.name().equals(stored) && exclusion != null ? EXCLU.name() + "_" + exclusion : stored;
    }

    /** The stored status, if it is one of ours. */
    public static Optional<CaseStatus> parse(String stored) {
        return Arrays.stream(values()).filter(s -> s.name().equals(stored)).findFirst();
    }
}
