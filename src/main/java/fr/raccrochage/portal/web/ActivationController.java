package fr.raccrochage.portal.web;

import fr.raccrochage.portal.Account;
import fr.raccrochage.portal.AccountService;
import fr.raccrochage.portal.PortalRefusal;
import fr.raccrochage.portal.TotpCodes;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * First login: the one-time activation code printed by {@code portail compte creer}, a password
 * chosen under the policy, then the TOTP secret (QR code) confirmed by a first code. Nothing is
 * stored before that last step succeeds.
 */
@Controller
@ConditionalOnWebApplication
class ActivationController {

    private static final String PENDING = "activationEnCours";

    /** Between the two steps, in the (not yet authenticated) session. */
    record Pending(String email, String activationCode, String passwordHash, String totpSecret) implements Serializable {
    }

    private final AccountService accounts;

    ActivationController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/activation")
    String form(Model model) {
        model.addAttribute("regle", fr.raccrochage.portal.PasswordPolicy.RULE);
        return "activation";
    }

    @PostMapping("/activation")
    String choosePassword(@RequestParam(defaultValue = "") String courriel, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String motDePasse, @RequestParam(defaultValue = "") String confirmation,
            HttpSession session, HttpServletResponse response, Model model) {
        try {
            Account account = accounts.checkActivation(courriel, code, LocalDateTime.now());
            String hash = accounts.passwordHash(account.email(), motDePasse, confirmation);
            session.setAttribute(PENDING, new Pending(account.email(), code, hash, TotpCodes.newSecret()));
            return "redirect:/activation/totp";
        } catch (PortalRefusal refusal) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("erreur", refusal.getMessage());
            model.addAttribute("courriel", courriel);
            model.addAttribute("regle", fr.raccrochage.portal.PasswordPolicy.RULE);
            return "activation";
        }
    }

    @GetMapping("/activation/totp")
    String totp(HttpSession session, Model model) {
        if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
            return "redirect:/activation";
        }
        model.addAttribute("qr", TotpCodes.qrDataUri(pending.totpSecret(), pending.email()));
        model.addAttribute("secret", pending.totpSecret().replaceAll("(.{4})", "$1 ").strip());
        return "activation-totp";
    }

    @PostMapping("/activation/totp")
    String confirm(@RequestParam(defaultValue = "") String code, HttpSession session, HttpServletResponse response,
            Model model) {
        if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
            return "redirect:/activation";
        }
        try {
            accounts.activate(pending.email(), pending.activationCode(), pending.passwordHash(), pending.totpSecret(), code,
                    LocalDateTime.now());
            session.removeAttribute(PENDING);
            return "redirect:/connexion?active";
        } catch (PortalRefusal refusal) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("erreur", refusal.getMessage());
            return totp(session, model);
        }
    }
}
