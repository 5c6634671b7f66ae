/**
 * Facts about one young person that every output must honour at the moment it is written:
 * oppositions and erasures. Every writer of something that leaves the system (call sheet, daily
 * list, partner export, SMS file, portal page) asks {@link fr.raccrochage.core.privacy.OutputGate}
 * last, whatever the stage that first learned the fact.
 */
package fr.raccrochage.core.privacy;
