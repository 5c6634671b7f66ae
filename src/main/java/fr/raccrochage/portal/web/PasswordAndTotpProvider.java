package fr.raccrochage.portal.web;

import fr.raccrochage.portal.AccountService;
import fr.raccrochage.portal.AccountService.Login;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Password and TOTP code checked together by {@link AccountService#login}, which counts failures and locks. */
class PasswordAndTotpProvider implements AuthenticationProvider {

    private final AccountService accounts;

    PasswordAndTotpProvider(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String code = authentication.getDetails() instanceof TotpDetails details ? details.code() : null;
        Object credentials = authentication.getCredentials();
        Login login = accounts.login(authentication.getName(), credentials == null ? null : credentials.toString(), code,
                LocalDateTime.now());
        if (login instanceof Login.Granted granted) {
            PortalUser user = PortalUser.of(granted.account());
            UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
            token.setDetails(authentication.getDetails());
            return token;
        }
        throw new BadCredentialsException(((Login.Refused) login).message());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
