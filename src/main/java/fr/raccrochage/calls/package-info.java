/**
 * Calls stage (issue 4): a pure planning engine, wired to the database by the classes listed last.
 *
 * <ul>
 *   <li>{@link fr.raccrochage.calls.CallingHours} (weekly windows, French national holidays via
 *       jollyday) and {@link fr.raccrochage.calls.TimeSlot} (parts of the day).
 *   <li>{@link fr.raccrochage.calls.CallPlanner}: up to ten attempts per case, spread over days and
 *       slots, minimum gap, at most two a day, numbers rotated, daily capacity through a
 *       {@link fr.raccrochage.calls.CapacityLedger} shared between cases in rounds (everybody's
 *       attempt n before anybody's attempt n + 1), deterministic per
 *       {@link fr.raccrochage.calls.CallCaseId}.
 *   <li>{@link fr.raccrochage.calls.CallCase}: applies call results (French reject reasons), closes,
 *       drops numbers, plans callbacks, re-plans the remaining attempts.
 *   <li>{@link fr.raccrochage.calls.ContactRates}: the wave's contact rates per weekday and slot,
 *       used as {@link fr.raccrochage.calls.SlotWeights} for the attempts still to come (the gain is
 *       measured by the benchmark main {@code CallSimulationMain} under src/test, docs/benchmarks.md).
 *   <li>Wiring: {@link fr.raccrochage.calls.CallPlanningService} runs {@code callPlanningJob}
 *       ({@link fr.raccrochage.calls.WavePlanner}: who is called per
 *       {@link fr.raccrochage.calls.CallPolicy}, cases, plans within the
 *       {@link fr.raccrochage.calls.StoredCapacityLedger}, its SQL in
 *       {@link fr.raccrochage.calls.JdbcCapacityDao}); {@link fr.raccrochage.calls.CallResultImportService}
 *       imports results files (journal by SHA-256, rejects, state, oppositions, re-planning);
 *       {@link fr.raccrochage.calls.WaveReplanner} re-plans a wave's open cases together (after an
 *       import, at night, when newcomers are planned);
 *       {@link fr.raccrochage.calls.CallSheets} writes the call sheet and the due lists (its SQL in
 *       {@link fr.raccrochage.calls.JdbcCallSheetsDao}), asking the
 *       {@link fr.raccrochage.core.privacy.OutputGate} last;
 *       {@link fr.raccrochage.calls.CallCaseChanges} brings a fact about one young person to their cases
 *       at once (an objection closes them, a number added or withdrawn re-plans them, a later list's new
 *       number joins the open case); {@link fr.raccrochage.calls.CaseMergeService} merges two young
 *       people's cases ({@code doublons decider}, its SQL in {@link fr.raccrochage.calls.JdbcCaseMergeDao},
 *       capacity given back through the ledger).
 *   <li>Rules the CLI and the night share, in the services: a wave is planned once its records are all
 *       linked to a young person ({@link fr.raccrochage.calls.RecordsNotLinkedException}) and over one
 *       period ({@link fr.raccrochage.calls.PlannedWithOtherDatesException}); results are taken only for a
 *       planned wave ({@link fr.raccrochage.calls.WaveNotPlannedException}), every file checked before any
 *       is stored.
 *   <li>Shared with every stage, in {@code core}: {@link fr.raccrochage.core.cases.CaseStatus} (a case's
 *       status), {@link fr.raccrochage.core.phone.PhoneNumber} (display and reading of numbers) and
 *       {@link fr.raccrochage.core.person.IdentityFields} (a {@link fr.raccrochage.calls.WavePerson}'s
 *       identity); a case's own numbers are {@link fr.raccrochage.calls.CallNumber}s.
 * </ul>
 */
package fr.raccrochage.calls;
