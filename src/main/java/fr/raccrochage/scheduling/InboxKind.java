package fr.raccrochage.scheduling;

import fr.raccrochage.sms.SmsReturnImportService;

/**
 * The kinds of files that arrive between two nights, in the order a night takes them: known
 * cases first (so tonight's list is checked against them), then list updates, then what the
 * call centre, the partners and the SMS provider sent back.
 */
public enum InboxKind {
    CAS_CONNUS("cas-connus", "liste de cas connus", false),
    SIEI("siei", "liste SIEI", true),
    RESULTATS_APPELS("resultats-appels", "résultats d'appels", true),
    RETOURS_PARTENAIRES("retours-partenaires", "retours de partenaires", false),
    SMS_RETOURS(SmsReturnImportService.FOLDER, "retours du prestataire SMS", false);

    private final String folder;
    private final String label;
    private final boolean perWave;

    InboxKind(String folder, String label, boolean perWave) {
        this.folder = folder;
        this.label = label;
        this.perWave = perWave;
    }

    /** Files of this kind go into a wave: its sub-folder's, else the wave in progress. */
    public boolean perWave() {
        return perWave;
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
