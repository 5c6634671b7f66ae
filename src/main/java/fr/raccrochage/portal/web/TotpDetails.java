package fr.raccrochage.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The login form's third field, the TOTP code, carried to the authentication provider. */
class TotpDetails extends WebAuthenticationDetails {

    private final String code;

    TotpDetails(HttpServletRequest request) {
        super(request);
        this.code = request.getParameter("code");
    }

    String code() {
        return code;
    }
}
