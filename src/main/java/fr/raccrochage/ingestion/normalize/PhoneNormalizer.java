package fr.raccrochage.ingestion.normalize;

import java.util.Optional;

/** Normalizes phone numbers written any French way, French default region. Thread-safe. */
public final class PhoneNormalizer {

    /** @return the valid number, or empty for a blank value; throws for a number that is not valid */
    public Optional<Phone> normalize(String raw) {
        throw new UnsupportedOperationException("TODO");
    }
}
