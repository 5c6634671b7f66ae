/**
 * Routing and partners (issue 5): the partner directory, the closing of a wave that routes each
 * young person to the partners of their commune (or to the Region's own list), the exports sent
 * to each partner (AES-256 archives under a passphrase per partner), the changes of the directory
 * (referrals re-routed to the new partner, withdrawal files for the former one), and the partners'
 * feedback with its figures. Reads the earlier stages through
 * their tables ({@code dossier_appel}, {@code resultat_appel}, {@code siei_enregistrement}).
 * Routing reads each case's {@link fr.raccrochage.core.cases.CaseStatus}; a young person's data is a
 * {@link fr.raccrochage.partners.YoungPerson} composing the core
 * {@link fr.raccrochage.core.person.IdentityFields}; numbers are shown by
 * {@link fr.raccrochage.core.phone.PhoneNumber}. Rules (a real directory and linked records before a
 * closing) live in the services; SQL in the {@code Jdbc*Dao} classes: routing and closing figures
 * ({@link fr.raccrochage.partners.JdbcRoutingDao}), exports ({@link fr.raccrochage.partners.JdbcExportDao}:
 * one query for the referrals, filtered by wave, partner or case), the feedback report
 * ({@link fr.raccrochage.partners.JdbcFeedbackReportDao}), the directory and its changes.
 */
package fr.raccrochage.partners;
