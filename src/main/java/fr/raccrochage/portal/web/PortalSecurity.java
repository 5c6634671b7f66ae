package fr.raccrochage.portal.web;

import fr.raccrochage.portal.AccountService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which page, and the headers every answer carries. Only in the web application
 * ({@code raccrochage portail}); the CLI never builds it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@PropertySource("classpath:fr/raccrochage/portal/web/portail.properties")
class PortalSecurity {

    /** No inline script or style, nothing from elsewhere, no framing; the QR code is a data: image. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * A bean, so that Spring Boot adds no user store of its own; the global authentication manager
     * picks it up (registering it on HttpSecurity as well would run it twice per attempt).
     */
    @Bean
    PasswordAndTotpProvider passwordAndTotpProvider(AccountService accounts) {
        return new PasswordAndTotpProvider(accounts);
    }

    @Bean
    SecurityFilterChain portalFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/dsfr/**", "/css/**", "/favicon.ico", "/connexion", "/activation",
                                "/activation/totp", "/error").permitAll()
                        .requestMatchers("/partenaire/**").hasRole("PARTENAIRE")
                        .requestMatchers("/region/**").hasAnyRole("REGION", "ADMIN")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/connexion").loginProcessingUrl("/connexion")
                        .usernameParameter("courriel").passwordParameter("motDePasse")
                        .authenticationDetailsSource(TotpDetails::new)
                        .defaultSuccessUrl("/", true).failureUrl("/connexion?erreur").permitAll())
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?deconnecte")
                        .invalidateHttpSession(true).deleteCookies("RACCROCHAGE_SESSION").clearAuthentication(true))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .invalidSessionUrl("/connexion?expire"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
