package fr.raccrochage.portal.web;

import fr.raccrochage.portal.AccountService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At each start of the portal, before the first request: TOTP secrets still in clear (accounts
 * activated before encryption at rest) or under the database's key while RACCROCHAGE_CLE_PORTAIL
 * is now set are sealed under the preferred key. Started, not ready: {@code portail} runs as a
 * command and never returns while it serves.
 */
@Component
@ConditionalOnWebApplication
class SealSecretsAtStart {

    private final AccountService accounts;

    SealSecretsAtStart(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener(ApplicationStartedEvent.class)
    void seal() {
        accounts.sealStoredSecrets();
    }
}
