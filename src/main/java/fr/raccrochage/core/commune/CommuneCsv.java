package fr.raccrochage.core.commune;

import java.util.Arrays;
import java.util.List;

/** One line of the commune reference file. */
final class CommuneCsv {

    static final List<String> HEADER = List.of("code_insee", "nom", "type", "code_commune_rattachement",
            "departement", "region", "codes_postaux", "population", "epci_code", "epci_nom", "ept_code", "ept_nom");

    private CommuneCsv() {
    }

    static void checkHeader(String[] header) {
        if (header != null && header.length > 0) {
            header[0] = header[0].replace("\uFEFF", "");
        }
        if (header == null || !HEADER.equals(Arrays.asList(header))) {
            throw new IllegalArgumentException("commune reference file: expected header " + String.join(";", HEADER)
                    + ", found " + (header == null ? "nothing" : String.join(";", header)));
        }
    }

    /** Empty optional values become null; an empty population becomes 0. */
    static Commune parse(String[] fields, long line) {
        if (fields.length != HEADER.size()) {
            throw new IllegalArgumentException("commune reference file, line " + line + ": "
                    + fields.length + " fields instead of " + HEADER.size());
        }
        try {
            return new Commune(fields[0], fields[1], CommuneType.valueOf(fields[2]), orNull(fields[3]),
                    fields[4], fields[5], postalCodes(fields[6]),
                    fields[7].isEmpty() ? 0 : Integer.parseInt(fields[7]),
                    orNull(fields[8]), orNull(fields[9]), orNull(fields[10]), orNull(fields[11]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("commune reference file, line " + line + ": " + e.getMessage(), e);
        }
    }

    private static List<String> postalCodes(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
    }

    private static String orNull(String field) {
        return field.isEmpty() ? null : field;
    }
}
