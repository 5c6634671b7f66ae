package fr.raccrochage.sample;

import java.time.LocalDate;

/** Where and what the young person studied last, and when they left. */
record Schooling(Source source, School school, String training, LocalDate exitDate) {
}
