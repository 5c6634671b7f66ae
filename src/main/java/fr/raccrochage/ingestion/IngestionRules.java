package fr.raccrochage.ingestion;

import java.time.LocalDate;

/** The settings one import applies: the Region, the expected age range, the date ages are taken at. */
public record IngestionRules(String region, int ageMinimum, int ageMaximum, LocalDate referenceDate) {
}
