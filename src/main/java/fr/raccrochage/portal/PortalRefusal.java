package fr.raccrochage.portal;

/** Input the portal refuses, with the French message to show; nothing was changed. */
public class PortalRefusal extends RuntimeException {

    public PortalRefusal(String message) {
        super(message);
    }
}
