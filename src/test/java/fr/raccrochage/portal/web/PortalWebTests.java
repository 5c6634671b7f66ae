package fr.raccrochage.portal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import fr.raccrochage.TestDatabase;
import fr.raccrochage.partners.FeedbackImportService;
import fr.raccrochage.partners.PartnerDirectoryService;
import fr.raccrochage.partners.PartnerExportService;
import fr.raccrochage.partners.WaveClosingService;
import fr.raccrochage.portal.Account;
import fr.raccrochage.portal.AccountService;
import fr.raccrochage.portal.PortalWave;
import fr.raccrochage.portal.Role;
import fr.raccrochage.portal.TotpCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One web application context (a real Tomcat on a random port, and MockMvc) for every portal
 * test class, on its own H2 file database (PostgreSQL for {@link PortalIsolationPostgresTests}, a
 * context of its own); the hand-computed {@link PortalWave} is built again before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "raccrochage.cli.actif=false", "spring.main.web-application-type=servlet", "spring.autoconfigure.exclude=",
    // The H2 database as TestDatabase.registerH2 gives it, but as a plain property: a subclass's
    // @DynamicPropertySource (PortalIsolationPostgresTests) outranks it, a superclass's would not.
    "spring.datasource.url=jdbc:h2:file:${portail.tests.donnees}/raccrochage;CACHE_SIZE=32768;WRITE_DELAY=0"})
@AutoConfigureMockMvc
abstract class PortalWebTests {

    /** Shared by the classes that share the context (a JUnit @TempDir would go with the first class). */
    static final Path HOME = Path.of("target", "portail-tests", UUID.randomUUID().toString()).toAbsolutePath();

    /** An activated account and its TOTP secret; the activation used the current time step. */
    record Holder(Account account, String password, String secret) {

        /** A code an authenticator shows now and that was not used yet (the next step, within the drift allowed). */
        String nextCode() {
            return TotpCodes.code(secret, Math.floorDiv(Instant.now().getEpochSecond(), TotpCodes.PERIOD_SECONDS) + 1);
        }
    }

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TestDatabase.registerFolders(registry, HOME);
        registry.add("portail.tests.donnees", () -> HOME.resolve("donnees").toString());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    PartnerDirectoryService directory;

    @Autowired
    WaveClosingService closing;

    @Autowired
    PartnerExportService exports;

    @Autowired
    FeedbackImportService feedbackImport;

    PortalWave wave;

    @BeforeEach
    void buildWave() throws Exception {
        Path files = Files.createDirectories(HOME.resolve("fichiers"));
        wave = PortalWave.build(jdbc, directory, closing, exports, feedbackImport, files);
    }

    Holder activated(Role role, String partnerId, String email) {
        String password = "Portail-Essai-2026!";
        var activation = accounts.create(role, partnerId, email, LocalDateTime.now());
        String secret = TotpCodes.newSecret();
        String hash = accounts.passwordHash(email, password, password);
        Account account = accounts.activate(email, activation.code(), hash, secret, TotpCodes.codeNow(secret),
                LocalDateTime.now());
        return new Holder(account, password, secret);
    }

    /** Logged in as this account (the login itself is tested in PortalLoginTests and the browser test). */
    static RequestPostProcessor as(Holder holder) {
        Account a = holder.account();
        return authentication(UsernamePasswordAuthenticationToken.authenticated(PortalUser.of(a), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + a.role().name()))));
    }

    int feedbackRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM retour_partenaire", Integer.class);
    }
}
