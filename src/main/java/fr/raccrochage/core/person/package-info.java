/**
 * The young person's identity shared by every stage: {@link fr.raccrochage.core.person.IdentityFields}
 * (INE, names, birth date, sex), read from a SIEI record, a known case or a linked person, and composed
 * by each stage's own records (calls' wave person, partners' young person, the rights' search line);
 * and {@link fr.raccrochage.core.person.RecordKey}, how every stage points at one SIEI record (its file
 * and line) and finds it by the records table's key.
 */
package fr.raccrochage.core.person;
