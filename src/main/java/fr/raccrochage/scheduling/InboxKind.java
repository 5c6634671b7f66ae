package fr.raccrochage.scheduling;

/**
 * The kinds of files that arrive between two nights, in the order a night takes them: known
 * cases first (so tonight's list is checked against them), then list updates, then what the
 * call centre, the partners and the SMS provider sent back.
 */
public enum InboxKind {
    CAS_CONNUS("cas-connus", "liste de cas connus"),
    SIEI("siei", "liste SIEI"),
    RESULTATS_APPELS("resultats-appels", "résultats d'appels"),
    RETOURS_PARTENAIRES("retours-partenaires", "retours de partenaires"),
    SMS_RETOURS("sms-retours", "retours du prestataire SMS");

    private final String folder;
    private final String label;

    InboxKind(String folder, String label) {
        this.folder = folder;
        this.label = label;
    }

    /** The sub-folder of the inbox root (and of the archive) holding this kind of file. */
    public String folder() {
        return folder;
    }

    /** How operators call it, in the night's summary. */
    public String label() {
        return label;
    }
}
