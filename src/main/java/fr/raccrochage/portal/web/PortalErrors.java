package fr.raccrochage.portal.web;

import fr.raccrochage.portal.NotInScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** One answer for every young person out of reach (unknown, another partner's, barred): 404, same page. */
@ControllerAdvice
@ConditionalOnWebApplication
class PortalErrors {

    @ExceptionHandler(NotInScope.class)
    String notInScope(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("titre", "Dossier introuvable");
        model.addAttribute("message", "Ce dossier n'existe pas ou ne vous est pas accessible.");
        return "erreur";
    }

    @ExceptionHandler(CurrentAccount.Gone.class)
    String gone(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/connexion?desactive";
    }
}
