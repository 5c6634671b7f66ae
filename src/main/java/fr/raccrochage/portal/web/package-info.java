/**
 * The portal's web layer, present only when {@code raccrochage portail} runs (a servlet web
 * application): Spring Security (form login with password and TOTP, CSRF, strict CSP, frame
 * denial, secure session cookie), server-rendered Thymeleaf pages styled with the DSFR. Pages
 * hold no rule: they call {@code portal}'s services with the logged-in account.
 */
package fr.raccrochage.portal.web;
