/**
 * Routing and partners (issue 5): the partner directory, the closing of a wave that routes each
 * young person to the partners of their commune (or to the Region's own list), the exports sent
 * to each partner (AES-256 archives under a passphrase per partner), the changes of the directory
 * (referrals re-routed to the new partner, withdrawal files for the former one), and the partners'
 * feedback with its figures. Reads the earlier stages through
 * their tables ({@code dossier_appel}, {@code resultat_appel}, {@code siei_enregistrement}).
 */
package fr.raccrochage.partners;
