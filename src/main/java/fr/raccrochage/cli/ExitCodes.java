package fr.raccrochage.cli;

/** The process exit codes, listed in every command's help footer and in the README. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USAGE = 2;
    public static final int INPUT_REFUSED = 3;
    public static final int JOB_FAILED = 4;
    public static final int LOCKED = 5;
    /**
     * The run went through, but something must be looked at: lines rejected by an import (the rest
     * was taken), a results file held for its re-plan, a night with a refused file.
     */
    public static final int NEEDS_OPERATOR = 6;

    static final String FOOTER = """

            Codes de sortie :
              0  succès
              1  erreur interne (voir le journal)
              2  commande ou option incorrecte
              3  fichier ou donnée refusé(e), rien n'a été enregistré
              4  traitement en échec : relancer la même commande le reprend
              5  une autre exécution est en cours sur ces données
              6  traitement fait, mais un point demande un opérateur (voir le résumé) :
                 lignes rejetées (le reste est pris), fichier refusé par la nuit,
                 replanification retenue""";

    private ExitCodes() {
    }
}
