package fr.raccrochage.calls;

/**
 * Why a young person of the wave is not called, stored on their closed case (statut EXCLU).
 *
 * @param reason OPPOSITION, SUIVI_PARTENAIRE, EN_SOLUTION_RECENT, ISSUE_ANTERIEURE or HORS_AGE
 * @param partnerId the partner following the young person (SUIVI_PARTENAIRE only)
 * @param details a French sentence for the operator (dates, source)
 */
record Exclusion(String reason, String partnerId, String details) {

    static final String OPPOSITION = "OPPOSITION";
    static final String SUIVI_PARTENAIRE = "SUIVI_PARTENAIRE";
    static final String EN_SOLUTION_RECENT = "EN_SOLUTION_RECENT";
    static final String ISSUE_ANTERIEURE = "ISSUE_ANTERIEURE";
    static final String HORS_AGE = "HORS_AGE";
}
