package fr.raccrochage.portal;

/**
 * A young person the account may not see: unknown, another partner's, never sent, objected or
 * erased. Every one of these gets the same answer, so none can be told apart.
 */
public class NotInScope extends RuntimeException {

    public NotInScope() {
        super("Dossier introuvable.");
    }
}
