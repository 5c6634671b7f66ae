/**
 * Synthetic producers, for the demo, the tests and the benchmarks; nothing here reads or writes
 * real personal data.
 *
 * <ul>
 *   <li>{@link fr.raccrochage.sample.SieiSampleGenerator}: SIEI lists (with duplicates, typos and bad
 *       lines), known cases and their truth files ({@code exemple generer}).
 *   <li>{@link fr.raccrochage.sample.CallResultSimulator}: the call centre, answering a day's due list
 *       with a results file (demo, tests, src/bench/calls.sh through a benchmark main under src/test).
 *   <li>{@link fr.raccrochage.sample.FeedbackSampleGenerator}: a partner's feedback on what it was sent
 *       ({@code retours exemple}, demo).
 *   <li>{@link fr.raccrochage.sample.SmsProviderSimulator}: an SMS provider's returns (demo).
 * </ul>
 * Producers depend on the stages whose files they imitate, never the other way round.
 */
package fr.raccrochage.sample;
