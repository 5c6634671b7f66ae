package fr.raccrochage.rights;

/** A request about one young person that cannot be carried out, with the French sentence saying why. */
public class RightsException extends RuntimeException {

    /** What went wrong; the CLI maps each to its documented exit code. */
    public enum Kind {
        /** No young person answers the identifier. */
        INCONNU,
        /** Several young people answer it: the operator must pick one. */
        AMBIGU,
        /** The request is understood but refused (open case, erased person, invalid value). */
        REFUSE
    }

    private final Kind kind;

    public RightsException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
