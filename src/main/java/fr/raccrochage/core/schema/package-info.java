/**
 * Keeps the database schema current at start-up without paying for Flyway on every command:
 * Flyway migrates (and validates) only when the migrations this program ships, or the database's
 * migration history, differ from what the database recorded after its last migration.
 */
package fr.raccrochage.core.schema;
