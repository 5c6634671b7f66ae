package fr.raccrochage.core.commune;

import java.io.Reader;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** In-memory index of the commune reference file ({@code reference/communes-france.csv}). */
public final class CommuneDirectory {

    public static final String CLASSPATH_RESOURCE = "reference/communes-france.csv";

    public static CommuneDirectory fromClasspath() {
        throw new UnsupportedOperationException("TODO");
    }

    public static CommuneDirectory read(Reader reader) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The entry with this code; when a code is both a commune and its own déléguée, the commune. */
    public Optional<Commune> byCode(String codeInsee) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Every entry that lists this postal code. */
    public List<Commune> byPostalCode(String codePostal) {
        throw new UnsupportedOperationException("TODO");
    }

    public Collection<Commune> all() {
        throw new UnsupportedOperationException("TODO");
    }
}
