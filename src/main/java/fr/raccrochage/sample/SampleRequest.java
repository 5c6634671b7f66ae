package fr.raccrochage.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param persons number of distinct synthetic young people (0 or more)
 * @param seed same seed and persons give byte-identical files
 * @param outputDirectory created when missing; the sample's files in it are overwritten
 * @param referenceDate the list's date: ages (16–25) and exit dates are counted from it
 * @param withoutIdentifiers the "no identifier" variant: names, birth date and a free-form address only (no
 *     INE, phone, e-mail or guardians), duplicates up to five times, more homonyms, typos in addresses
 */
public record SampleRequest(int persons, long seed, Path outputDirectory, LocalDate referenceDate,
        boolean withoutIdentifiers) {

    public SampleRequest(int persons, long seed, Path outputDirectory, LocalDate referenceDate) {
        this(persons, seed, outputDirectory, referenceDate, false);
    }

    public SampleRequest {
        if (persons < 0) {
            throw new IllegalArgumentException("persons must be 0 or more: " + persons);
        }
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(referenceDate, "referenceDate");
    }
}
