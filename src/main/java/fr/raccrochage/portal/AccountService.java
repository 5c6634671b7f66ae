package fr.raccrochage.portal;

import fr.raccrochage.partners.PartnerDirectoryService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of the portal: creation with a one-time activation code, activation (password and
 * TOTP), login with lock-out after repeated failures, deactivation. The CLI and the web pages
 * both come here.
 */
@Service
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    public static final Duration ACTIVATION_VALIDITY = Duration.ofHours(72);
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_OUT = Duration.ofMinutes(15);
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm", Locale.FRANCE);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new account, or a new activation code: the code is shown once, only its digest is stored. */
    public record Activation(Account account, String code, LocalDateTime expires) {
    }

    /** What a login attempt gave; on refusal, the French message to show. */
    public sealed interface Login {
        record Granted(Account account) implements Login {
        }

        record Refused(String message) implements Login {
        }
    }

    static final String BAD_CREDENTIALS = "Adresse électronique, mot de passe ou code de vérification incorrect.";

    private final JdbcAccountDao dao;
    private final PartnerDirectoryService directories;
    private final PasswordEncoder encoder = new BCryptPasswordEncoder();
    /** Compared against when the e-mail is unknown, so the answer takes as long. */
    private final String decoyHash = encoder.encode("leurre-" + RANDOM.nextLong());

    private final TotpSecrets secrets;

    public AccountService(JdbcAccountDao dao, PartnerDirectoryService directories, TotpSecrets secrets) {
        this.dao = dao;
        this.directories = directories;
        this.secrets = secrets;
    }

    @Transactional
    public Activation create(Role role, String partnerId, String email, LocalDateTime now) {
        String address = normalised(email);
        if (role == Role.PARTENAIRE) {
            if (partnerId == null || partnerId.isBlank()) {
                throw new PortalRefusal("Un compte PARTENAIRE demande --partenaire <id> (identifiant de l'annuaire).");
            }
            if (directories.current().partner(partnerId.strip()).isEmpty()) {
                throw new PortalRefusal("Le partenaire « " + partnerId.strip() + " » n'est pas dans l'annuaire.");
            }
        } else if (partnerId != null) {
            throw new PortalRefusal("Un compte " + role + " voit tous les partenaires : --partenaire ne s'y applique pas.");
        }
        String code = newCode();
        LocalDateTime expires = now.plus(ACTIVATION_VALIDITY);
        try {
            long id = dao.insert(address, role, role == Role.PARTENAIRE ? partnerId.strip() : null, digest(code), expires, now);
            log.info("Compte du portail créé : {} ({}{})", id, role, role == Role.PARTENAIRE ? " " + partnerId.strip() : "");
            return new Activation(dao.byId(id).orElseThrow(), code, expires);
        } catch (DuplicateKeyException e) {
            throw new PortalRefusal("Un compte existe déjà pour " + address
                    + " : « portail compte code » lui donne un nouveau code d'activation.");
        }
    }

    /** A new activation code for a lost password or authenticator: the old ones stop working. */
    @Transactional
    public Activation newActivationCode(String email, LocalDateTime now) {
        String address = normalised(email);
        String code = newCode();
        LocalDateTime expires = now.plus(ACTIVATION_VALIDITY);
        if (dao.resetActivation(address, digest(code), expires) == 0) {
            throw unknown(address);
        }
        return new Activation(dao.byEmail(address).orElseThrow().account(), code, expires);
    }

    @Transactional
    public Account deactivate(String email) {
        String address = normalised(email);
        if (dao.deactivate(address) == 0) {
            throw unknown(address);
        }
        return dao.byEmail(address).orElseThrow().account();
    }

    public List<Account> all() {
        return dao.all();
    }

    public Optional<Account> byId(long id) {
        return dao.byId(id);
    }

    /** First step of the activation: the code must be the account's, unused and not expired. */
    public Account checkActivation(String email, String code, LocalDateTime now) {
        JdbcAccountDao.Credentials credentials = dao.byEmail(normalisedOrEmpty(email))
                .filter(c -> c.account().active() && c.activationDigest() != null
                        && MessageDigest.isEqual(c.activationDigest().getBytes(StandardCharsets.US_ASCII),
                                digest(code).getBytes(StandardCharsets.US_ASCII)))
                .orElseThrow(() -> new PortalRefusal("Adresse électronique ou code d'activation incorrect (un code ne sert "
                        + "qu'une fois)."));
        LocalDateTime expires = credentials.account().activationExpires();
        if (expires != null && !now.isBefore(expires)) {
            throw new PortalRefusal("Ce code d'activation a expiré le " + expires.format(FRENCH_TIME)
                    + " : demandez-en un nouveau à la Région.");
        }
        return credentials.account();
    }

    /** The password's hash, once it meets the policy and its confirmation matches. */
    public String passwordHash(String email, String password, String confirmation) {
        PasswordPolicy.refusal(password, email).ifPresent(reason -> {
            throw new PortalRefusal(reason);
        });
        if (!password.equals(confirmation)) {
            throw new PortalRefusal("Les deux mots de passe saisis diffèrent.");
        }
        return encoder.encode(password);
    }

    /** Last step: the first TOTP code proves the authenticator app holds the secret; the code is consumed. */
    @Transactional
    public Account activate(String email, String activationCode, String passwordHash, String totpSecret, String totpCode,
            LocalDateTime now) {
        Account account = checkActivation(email, activationCode, now);
        OptionalLong step = TotpCodes.matchingStep(totpSecret, totpCode, now.atZone(ZoneId.systemDefault()).toInstant());
        if (step.isEmpty()) {
            throw new PortalRefusal("Le code de vérification est incorrect : saisissez les 6 chiffres affichés par "
                    + "l'application d'authentification.");
        }
        if (dao.activate(account.id(), digest(activationCode), passwordHash, secrets.seal(account.id(), totpSecret),
                step.getAsLong(), now) == 0) {
            throw new PortalRefusal("Ce code d'activation vient d'être utilisé.");
        }
        log.info("Compte du portail {} activé", account.id());
        return dao.byId(account.id()).orElseThrow();
    }

    /** Password and TOTP code; five failures in a row lock the account for 15 minutes. */
    @Transactional
    public Login login(String email, String password, String totpCode, LocalDateTime now) {
        Optional<JdbcAccountDao.Credentials> found = dao.byEmail(normalisedOrEmpty(email));
        if (found.isEmpty() || found.get().passwordHash() == null) {
            encoder.matches(password == null ? "" : password, decoyHash);
            return new Login.Refused(BAD_CREDENTIALS);
        }
        JdbcAccountDao.Credentials c = found.get();
        Account account = c.account();
        if (!account.active()) {
            return new Login.Refused("Ce compte est désactivé : adressez-vous à la Région.");
        }
        if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
            return new Login.Refused("Compte verrouillé après " + MAX_FAILURES + " essais infructueux, jusqu'au "
                    + account.lockedUntil().format(FRENCH_TIME) + ".");
        }
        boolean passwordOk = encoder.matches(password == null ? "" : password, c.passwordHash());
        String secret;
        try {
            secret = secrets.open(account.id(), c.totpSecret());
        } catch (IllegalStateException e) {
            // A key missing or changed: not the user's failure, so it neither counts nor locks.
            log.error("Connexion au portail impossible pour le compte {} : {}", account.id(), e.getMessage());
            return new Login.Refused("Le portail ne peut pas vérifier votre code de vérification pour le moment : "
                    + "prévenez la Région.");
        }
        OptionalLong step = TotpCodes.matchingStep(secret, totpCode, now.atZone(ZoneId.systemDefault()).toInstant());
        boolean fresh = step.isPresent() && (c.lastTotpStep() == null || step.getAsLong() > c.lastTotpStep());
        if (passwordOk && fresh && dao.success(account.id(), step.getAsLong(), now) == 1) {
            return new Login.Granted(dao.byId(account.id()).orElseThrow());
        }
        int failures = c.failures() + 1;
        boolean lock = failures >= MAX_FAILURES;
        dao.failure(account.id(), lock ? 0 : failures, lock ? now.plus(LOCK_OUT) : null);
        if (lock) {
            log.warn("Compte du portail {} verrouillé après {} échecs", account.id(), MAX_FAILURES);
            return new Login.Refused("Compte verrouillé après " + MAX_FAILURES + " essais infructueux, jusqu'au "
                    + now.plus(LOCK_OUT).format(FRENCH_TIME) + ".");
        }
        return new Login.Refused(BAD_CREDENTIALS);
    }

    /**
     * Seals every stored TOTP secret not yet under the preferred key: those kept in clear before
     * encryption at rest, and those sealed with the database's key once RACCROCHAGE_CLE_PORTAIL is
     * set. Run at each start of the portal; returns how many it sealed.
     */
    @Transactional
    public int sealStoredSecrets() {
        int sealed = 0;
        for (var stored : dao.totpSecrets().entrySet()) {
            if (!secrets.sealedUnderPreferredKey(stored.getValue())) {
                String clear = secrets.open(stored.getKey(), stored.getValue());
                sealed += dao.replaceTotpSecret(stored.getKey(), stored.getValue(), secrets.seal(stored.getKey(), clear));
            }
        }
        if (sealed > 0) {
            log.info("Portail : {} secret(s) TOTP chiffré(s) au repos", sealed);
        }
        return sealed;
    }

    private static PortalRefusal unknown(String address) {
        return new PortalRefusal("Aucun compte du portail pour " + address + ".");
    }

    static String normalised(String email) {
        String address = normalisedOrEmpty(email);
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 254) {
            throw new PortalRefusal("« " + (email == null ? "" : email.strip()) + " » n'est pas une adresse électronique.");
        }
        return address;
    }

    private static String normalisedOrEmpty(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** 16 characters (80 bits), shown as four groups. */
    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** Codes are compared without dashes, spaces or case. */
    static String digest(String code) {
        String canonical = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
