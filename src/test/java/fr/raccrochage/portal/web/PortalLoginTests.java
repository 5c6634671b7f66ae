package fr.raccrochage.portal.web;

import static fr.raccrochage.portal.web.PortalIsolationTests.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.raccrochage.portal.PortalWave;
import fr.raccrochage.portal.Role;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** Login (password and TOTP, lock-out), activation (expiry, password policy, TOTP) and deactivation. */
class PortalLoginTests extends PortalWebTests {

    @Test
    void aWrongCodeGivesAFrenchMessageAndFiveFailuresLockTheAccount() throws Exception {
        Holder h = activated(Role.PARTENAIRE, PortalWave.PARTNER_A, "connexion@ml-a.fr");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(login(h.account().email(), h.password(), "000000")).contains("mot de passe ou code de vérification incorrect");
        }
        assertThat(login(h.account().email(), h.password(), "000000")).contains("Compte verrouillé après 5 essais infructueux");
        // Locked: even the right password and code are refused now.
        assertThat(login(h.account().email(), h.password(), h.nextCode())).contains("Compte verrouillé");
        assertThat(jdbc.queryForObject("SELECT verrouille_jusqua FROM portail_compte WHERE id = ?", java.sql.Timestamp.class,
                h.account().id())).isAfter(java.sql.Timestamp.valueOf(LocalDateTime.now().plusMinutes(14)));
    }

    @Test
    void passwordAndAFreshCodeLogInAndTheSameCodeIsNeverAcceptedTwice() throws Exception {
        Holder h = activated(Role.PARTENAIRE, PortalWave.PARTNER_A, "deux-fois@ml-a.fr");
        String code = h.nextCode();
        MvcResult ok = mvc.perform(post("/connexion").param("courriel", "Deux-Fois@ml-a.fr").param("motDePasse", h.password())
                .param("code", code).with(csrf())).andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(page(mvc.perform(get("/partenaire").session((MockHttpSession) ok.getRequest().getSession())).andReturn(), 200))
                .contains("Martin Hugo");
        assertThat(login(h.account().email(), h.password(), code)).contains("code de vérification incorrect");
        assertThat(login(h.account().email(), "Mauvais-mot-2026!", h.nextCode())).contains("code de vérification incorrect");
    }

    @Test
    void activationRefusesAnExpiredCodeAWeakPasswordAndAWrongFirstCode() throws Exception {
        var expired = accounts.create(Role.PARTENAIRE, PortalWave.PARTNER_A, "expire@ml-a.fr", LocalDateTime.now().minusHours(73));
        String refused = page(mvc.perform(post("/activation").param("courriel", "expire@ml-a.fr").param("code", expired.code())
                .param("motDePasse", "Portail-Essai-2026!").param("confirmation", "Portail-Essai-2026!").with(csrf()))
                .andReturn(), 400);
        assertThat(refused).contains("Ce code d&#39;activation a expiré le", "demandez-en un nouveau à la Région");

        var fresh = accounts.create(Role.PARTENAIRE, PortalWave.PARTNER_A, "nouveau@ml-a.fr", LocalDateTime.now());
        assertThat(page(mvc.perform(post("/activation").param("courriel", "nouveau@ml-a.fr").param("code", fresh.code())
                .param("motDePasse", "motdepasse123").param("confirmation", "motdepasse123").with(csrf())).andReturn(), 400))
                .contains("au moins une majuscule, une minuscule, un chiffre et un caractère spécial");
        assertThat(page(mvc.perform(post("/activation").param("courriel", "nouveau@ml-a.fr").param("code", "AAAA-BBBB-CCCC-DDDD")
                .param("motDePasse", "Portail-Essai-2026!").param("confirmation", "Portail-Essai-2026!").with(csrf()))
                .andReturn(), 400)).contains("code d&#39;activation incorrect");
        MvcResult step1 = mvc.perform(post("/activation").param("courriel", "nouveau@ml-a.fr").param("code", fresh.code())
                .param("motDePasse", "Portail-Essai-2026!").param("confirmation", "Portail-Essai-2026!").with(csrf())).andReturn();
        assertThat(step1.getResponse().getRedirectedUrl()).isEqualTo("/activation/totp");
        MockHttpSession session = (MockHttpSession) step1.getRequest().getSession();
        assertThat(page(mvc.perform(get("/activation/totp").session(session)).andReturn(), 200)).contains("data:image/png;base64,");
        assertThat(page(mvc.perform(post("/activation/totp").param("code", "123456").session(session).with(csrf())).andReturn(),
                400)).contains("Le code de vérification est incorrect");

        assertThat(jdbc.queryForList("SELECT mot_de_passe, secret_totp, active_le FROM portail_compte WHERE courriel IN (?, ?)",
                "expire@ml-a.fr", "nouveau@ml-a.fr")).allSatisfy(row -> assertThat(row.values()).containsOnlyNulls());
    }

    @Test
    void totpSecretsAreSealedAtRestAndSecretsKeptInClearAreSealedAtStart() throws Exception {
        Holder h = activated(Role.PARTENAIRE, PortalWave.PARTNER_A, "scelle@ml-a.fr");
        String stored = storedSecret(h);
        assertThat(stored).startsWith("aesgcm:base:").doesNotContain(h.secret());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cle_secrete WHERE nom = 'portail_totp'", Integer.class))
                .isEqualTo(1);
        assertThat(loggedIn(h.account().email(), h.password(), h.nextCode())).isTrue();

        // An account activated before encryption at rest: its secret in clear is sealed, and its codes still work.
        Holder old = activated(Role.PARTENAIRE, PortalWave.PARTNER_A, "ancien@ml-a.fr");
        jdbc.update("UPDATE portail_compte SET secret_totp = ? WHERE id = ?", old.secret(), old.account().id());
        assertThat(accounts.sealStoredSecrets()).isEqualTo(1);
        assertThat(storedSecret(old)).startsWith("aesgcm:base:").doesNotContain(old.secret());
        assertThat(accounts.sealStoredSecrets()).isZero();
        assertThat(loggedIn(old.account().email(), old.password(), old.nextCode())).isTrue();

        // A sealed secret copied onto another account does not open there (bound to its account): refused,
        // in French, without counting as one of the user's failures.
        Holder other = activated(Role.PARTENAIRE, PortalWave.PARTNER_A, "copie@ml-a.fr");
        jdbc.update("UPDATE portail_compte SET secret_totp = ? WHERE id = ?", stored, other.account().id());
        assertThat(login(other.account().email(), other.password(), h.nextCode()))
                .contains("Le portail ne peut pas vérifier votre code de vérification pour le moment");
        assertThat(jdbc.queryForObject("SELECT echecs FROM portail_compte WHERE id = ?", Integer.class, other.account().id()))
                .isZero();
    }

    @Test
    void aDeactivatedAccountIsSentAwayAtItsNextRequest() throws Exception {
        Holder h = activated(Role.PARTENAIRE, PortalWave.PARTNER_A, "partie@ml-a.fr");
        accounts.deactivate("partie@ml-a.fr");
        assertThat(mvc.perform(get("/partenaire").with(as(h))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/connexion?desactive");
        assertThat(login(h.account().email(), h.password(), h.nextCode())).contains("Ce compte est désactivé");
    }

    private String storedSecret(Holder h) {
        return jdbc.queryForObject("SELECT secret_totp FROM portail_compte WHERE id = ?", String.class, h.account().id());
    }

    private boolean loggedIn(String email, String password, String code) throws Exception {
        return "/".equals(mvc.perform(post("/connexion").param("courriel", email).param("motDePasse", password)
                .param("code", code).with(csrf())).andReturn().getResponse().getRedirectedUrl());
    }

    /** Posts the login form and returns the page it leads to. */
    private String login(String email, String password, String code) throws Exception {
        MvcResult result = mvc.perform(post("/connexion").param("courriel", email).param("motDePasse", password)
                .param("code", code).with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
        return page(mvc.perform(get("/connexion").param("erreur", "")
                .session((MockHttpSession) result.getRequest().getSession())).andReturn(), 200);
    }
}
