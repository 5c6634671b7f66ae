/**
 * Reference data as data: the commune directory in force (INSEE's COG, its history of changes, La Poste's
 * postal codes), shipped in the jar for a new database (the Java migration {@code V3}) and replaced by
 * {@code referentiel communes importer} from the files as INSEE and La Poste publish them, read through
 * {@link fr.raccrochage.core.inbound}; each version is recorded (year, edition, file SHA-256s, date) and
 * its files go to the one journal of received files, as every incoming file does.
 * Also the Java migrations that move reference and journal tables.
 */
package fr.raccrochage.core.reference;
