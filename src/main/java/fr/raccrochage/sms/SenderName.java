package fr.raccrochage.sms;

import java.util.Optional;

/** The alphanumeric sender shown on the phone: 1 to 11 ASCII letters and digits, at least one letter. */
public final class SenderName {

    public static final int MAX_LENGTH = 11;

    private SenderName() {
    }

    /** The French reason the name cannot be used, if it cannot. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("le nom d'expéditeur est vide");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("le nom d'expéditeur « " + name + " » a " + name.length() + " caractères (au plus "
                    + MAX_LENGTH + ")");
        }
        if (!name.matches("[A-Za-z0-9]+")) {
            return Optional.of("le nom d'expéditeur « " + name + " » ne doit contenir que des lettres sans accent et "
                    + "des chiffres (ni espace ni ponctuation)");
        }
        if (name.matches("[0-9]+")) {
            return Optional.of("le nom d'expéditeur « " + name + " » doit contenir au moins une lettre");
        }
        return Optional.empty();
    }
}
