/**
 * The partners' portal ({@code raccrochage portail}): accounts and their roles (PARTENAIRE, REGION,
 * ADMIN), activation, passwords and TOTP second factor, and the partner-scoped reads and writes the
 * pages use. Every read of a partner's young people takes the partner id and filters on it in SQL;
 * every young person shown goes through {@link fr.raccrochage.core.privacy.OutputGate} and is
 * journaled. Downstream of {@code partners}: feedback goes through the same rule as
 * {@code retours importer}. The web layer lives in {@code portal.web} and exists only when the
 * {@code portail} command runs.
 */
package fr.raccrochage.portal;
