package fr.raccrochage.portal;

import java.util.Locale;
import java.util.Optional;

/** What an account may see and do in the portal. */
public enum Role {
    /** One partner's young people: read, feedback, export, figures. */
    PARTENAIRE,
    /** Every partner's progress and overdue referrals, read-only. */
    REGION,
    /** The Region's view, plus the list of accounts. */
    ADMIN;

    public static Optional<Role> parse(String text) {
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
