package fr.raccrochage.portal;

import java.util.Locale;
import java.util.Optional;

/**
 * The CNIL's 2022 recommendation (délibération 2022-100), case of a password alone: at least 12
 * characters mixing upper case, lower case, digits and special characters (about 80 bits). The
 * portal also asks for a TOTP code and locks accounts, so this is stricter than it must be;
 * bcrypt reads 72 bytes at most, hence the upper bound.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    public static final String RULE = "Le mot de passe doit compter de 12 à 64 caractères, dont au moins une majuscule, "
            + "une minuscule, un chiffre et un caractère spécial (recommandation CNIL de 2022).";

    private PasswordPolicy() {
    }

    /** @return why the password is refused, in French, or empty when it is acceptable */
    public static Optional<String> refusal(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH
                || password.chars().noneMatch(Character::isUpperCase) || password.chars().noneMatch(Character::isLowerCase)
                || password.chars().noneMatch(Character::isDigit)
                || password.chars().allMatch(Character::isLetterOrDigit)) {
            return Optional.of(RULE);
        }
        String local = email == null ? "" : email.split("@")[0].toLowerCase(Locale.ROOT);
        if (local.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(local)) {
            return Optional.of("Le mot de passe ne doit pas contenir votre adresse électronique.");
        }
        return Optional.empty();
    }
}
