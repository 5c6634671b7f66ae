package fr.raccrochage.core.reference;

/** A file a version of the commune directory was imported from. */
public record ReferenceFile(Role role, String name, String sha256, String encoding, int lines) {

    /** What the file is, as {@code referentiel etat} names it. */
    public enum Role {
        COMMUNES("communes (INSEE)"),
        MOUVEMENTS("historique des communes (INSEE)"),
        CODES_POSTAUX("codes postaux (La Poste)");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
