package fr.raccrochage.core.inbound;

/** The kinds of file that come in, as the journal of received files names them. */
public enum InboundKind {
    SIEI("la liste SIEI", true),
    CAS_CONNUS("la liste de cas connus", false),
    RESULTATS_APPELS("le fichier de résultats d'appels", true),
    RETOURS_PARTENAIRES("le fichier de retours des partenaires", false),
    ANNUAIRE("l'annuaire des partenaires", false),
    /** The reference files of {@code referentiel communes importer}: INSEE's COG and La Poste's postal codes. */
    COG_COMMUNES("le fichier des communes de l'INSEE", false),
    COG_MOUVEMENTS("le fichier des mouvements des communes de l'INSEE", false),
    CODES_POSTAUX("la base officielle des codes postaux de La Poste", false);

    private final String label;
    private final boolean perWave;

    InboundKind(String label, boolean perWave) {
        this.label = label;
        this.perWave = perWave;
    }

    /** "la liste SIEI « siei.csv »", as sentences name a file of this kind. */
    public String describe(String fileName) {
        return label + " « " + fileName + " »";
    }

    /** Whether a file of this kind belongs to a wave (and is known by its content within the wave). */
    public boolean perWave() {
        return perWave;
    }
}
