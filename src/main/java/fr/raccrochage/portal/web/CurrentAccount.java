package fr.raccrochage.portal.web;

import fr.raccrochage.portal.Account;
import fr.raccrochage.portal.AccountService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The logged-in account read again at each request, so a deactivation takes effect at once. */
@Component
@ConditionalOnWebApplication
class CurrentAccount {

    /** The account was deactivated (or removed) while its session was open. */
    static class Gone extends RuntimeException {
    }

    private final AccountService accounts;

    CurrentAccount(AccountService accounts) {
        this.accounts = accounts;
    }

    Account of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)) {
            throw new Gone();
        }
        return accounts.byId(user.accountId()).filter(Account::active).orElseThrow(Gone::new);
    }
}
