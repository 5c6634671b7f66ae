/**
 * Call campaign engine of issue 4, pure domain: no database, no Spring, no CLI.
 *
 * <ul>
 *   <li>{@link fr.raccrochage.calls.CallingHours} (weekly windows, French national holidays via
 *       jollyday) and {@link fr.raccrochage.calls.TimeSlot} (parts of the day).
 *   <li>{@link fr.raccrochage.calls.CallPlanner}: up to ten attempts per case, spread over days and
 *       slots, minimum gap, at most two a day, numbers rotated, daily capacity through a
 *       {@link fr.raccrochage.calls.CapacityLedger}, deterministic per
 *       {@link fr.raccrochage.calls.CallCaseId}.
 *   <li>{@link fr.raccrochage.calls.CallCase}: applies call results (French reject reasons), closes,
 *       drops numbers, plans callbacks, re-plans the remaining attempts.
 *   <li>{@link fr.raccrochage.calls.ContactRates}: the wave's contact rates per weekday and slot,
 *       used as {@link fr.raccrochage.calls.SlotWeights} for the attempts still to come;
 *       {@link fr.raccrochage.calls.CallSimulationMain} measures the gain (docs/benchmarks.md).
 * </ul>
 */
package fr.raccrochage.calls;
