package fr.raccrochage.core.reference;

import fr.raccrochage.core.inbound.InboundKind;

/**
 * A file a version of the commune directory was imported from.
 *
 * @param receivedFileId its entry in the one journal of received files ({@code fichier_recu}), where
 *     every incoming file is journaled; 0 before it is journaled
 */
public record ReferenceFile(Role role, String name, String sha256, String encoding, int lines, long receivedFileId) {

    /** What the file is, as {@code referentiel etat} names it, and its kind in the journal of received files. */
    public enum Role {
        COMMUNES("communes (INSEE)", InboundKind.COG_COMMUNES),
        MOUVEMENTS("historique des communes (INSEE)", InboundKind.COG_MOUVEMENTS),
        CODES_POSTAUX("codes postaux (La Poste)", InboundKind.CODES_POSTAUX);

        private final String label;
        private final InboundKind kind;

        Role(String label, InboundKind kind) {
            this.label = label;
            this.kind = kind;
        }

        public String label() {
            return label;
        }

        public InboundKind kind() {
            return kind;
        }
    }
}
