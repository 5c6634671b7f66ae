package fr.raccrochage.core.reference;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A version of the commune directory: the COG year, the postal codes' edition, where it came from,
 * when it was imported (null for the one shipped in the jar), its size and its files.
 */
public record ReferenceVersion(long id, int cogYear, String postalEdition, String origin, LocalDateTime importedAt,
        int communes, int movements, List<ReferenceFile> files) {

    /** The version a new database starts with, loaded by a migration from the jar. */
    public boolean shipped() {
        return importedAt == null;
    }
}
