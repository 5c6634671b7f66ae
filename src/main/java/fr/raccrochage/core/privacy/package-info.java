/**
 * Facts about one young person that every output must honour at the moment it is written:
 * oppositions, erasures and withdrawn numbers. Every writer of something that leaves the system
 * (call sheet, daily list, partner export, SMS file, portal page, wave extract) asks
 * {@link fr.raccrochage.core.privacy.OutputGate} last, whatever the stage that first learned the
 * fact; every objection goes through {@link fr.raccrochage.core.privacy.Oppositions}; every action
 * on one young person's data is written to the {@link fr.raccrochage.core.privacy.OperatorJournal}.
 * The duplicates review list ({@code doublons a-verifier}) is the one exception, by design: it is
 * the Region's own working list, and an opposed young person's pairs must be on it since deciding
 * them is what lifts or confirms a precautionary opposition.
 * The implementations of the gate and of the oppositions live downstream, in
 * {@code fr.raccrochage.rights}, because applying an objection touches the calls and partners stages.
 */
package fr.raccrochage.core.privacy;
