package fr.raccrochage.portal.web;

import fr.raccrochage.portal.Account;
import fr.raccrochage.portal.Role;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page (e-mail, password, TOTP code) and the home page, which sends each role to its space. */
@Controller
@ConditionalOnWebApplication
class LoginController {

    private final CurrentAccount current;

    LoginController(CurrentAccount current) {
        this.current = current;
    }

    @GetMapping("/connexion")
    String login(@RequestParam(required = false) String erreur, @RequestParam(required = false) String deconnecte,
            @RequestParam(required = false) String expire, @RequestParam(required = false) String desactive,
            @RequestParam(required = false) String active, HttpSession session, Model model) {
        if (erreur != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof Exception e) {
            model.addAttribute("erreur", e.getMessage());
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        } else if (erreur != null) {
            model.addAttribute("erreur", "La connexion a échoué : recommencez.");
        }
        if (deconnecte != null) {
            model.addAttribute("info", "Vous êtes déconnecté(e).");
        } else if (expire != null) {
            model.addAttribute("info", "Votre session a expiré : reconnectez-vous.");
        } else if (desactive != null) {
            model.addAttribute("erreur", "Ce compte est désactivé : adressez-vous à la Région.");
        } else if (active != null) {
            model.addAttribute("info", "Votre compte est activé : connectez-vous avec votre mot de passe et un code de "
                    + "votre application d'authentification.");
        }
        return "connexion";
    }

    @GetMapping("/")
    String home(Authentication authentication) {
        Account account = current.of(authentication);
        return account.role() == Role.PARTENAIRE ? "redirect:/partenaire" : "redirect:/region";
    }
}
