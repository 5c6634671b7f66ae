package fr.raccrochage.portal;

import java.time.LocalDateTime;

/**
 * A portal account as stored (never its password hash or TOTP secret).
 *
 * @param partnerId the partner of a PARTENAIRE account, null otherwise
 * @param activated whether the first login (password and TOTP) was done
 */
public record Account(long id, String email, Role role, String partnerId, boolean active, boolean activated,
        LocalDateTime activationExpires, LocalDateTime lockedUntil, LocalDateTime createdAt, LocalDateTime lastLogin) {
}
