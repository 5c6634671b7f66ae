package fr.raccrochage.portal.web;

import fr.raccrochage.portal.Account;
import fr.raccrochage.portal.Role;
import java.io.Serializable;

/** Who is logged in, as kept in the session: identifiers only; the account is read again at each request. */
record PortalUser(long accountId, String email, Role role, String partnerId) implements Serializable {

    static PortalUser of(Account account) {
        return new PortalUser(account.id(), account.email(), account.role(), account.partnerId());
    }
}
