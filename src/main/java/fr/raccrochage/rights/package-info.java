/**
 * The young person's rights, across every stage (issue 18): the one implementation of the
 * {@link fr.raccrochage.core.privacy.OutputGate} (oppositions, erasures, keyed-hash suppression,
 * withdrawn numbers) and of {@link fr.raccrochage.core.privacy.Oppositions} (one objection path for
 * the operator, the known-cases lists, the nightly inbox and the call results), and what
 * {@code raccrochage jeune} does: search, access (everything held, as HTML + CSV), objection,
 * rectification (reaching the open cases at once) and erasure (tables and files on disk).
 * Downstream of calls and partners, like {@code scheduling}: it reads and changes their tables
 * through {@link fr.raccrochage.rights.JdbcRightsDao} and {@link fr.raccrochage.calls.CallCaseChanges}.
 */
package fr.raccrochage.rights;
