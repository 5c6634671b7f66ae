/**
 * One way in for every incoming file (SIEI lists, known cases, call results, partner feedback, the
 * partner directory, the commune directory's reference files): what a file is ({@link fr.raccrochage.core.inbound.InboundInspector}: CSV in
 * UTF-8 with or without BOM or Windows-1252, its separator, or an {@code .xlsx} sheet), its rows with
 * their line (or sheet row) numbers ({@link fr.raccrochage.core.inbound.InboundRows}), its header
 * matched to the columns a kind declares ({@link fr.raccrochage.core.inbound.HeaderMatch}), the one
 * strict date and number reader ({@link fr.raccrochage.core.inbound.InboundValues}), and the one
 * journal of received files with its reject table ({@link fr.raccrochage.core.inbound.ReceivedFiles});
 * a small file checked line by line after it is read whole is a list of
 * {@link fr.raccrochage.core.inbound.DeclaredLine}s (call results, SMS returns).
 * Each stage declares its columns and its line rules; nothing else about reading lives in a stage.
 */
package fr.raccrochage.core.inbound;
