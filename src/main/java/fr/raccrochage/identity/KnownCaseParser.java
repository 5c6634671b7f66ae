package fr.raccrochage.identity;

import fr.raccrochage.core.text.TextKeys;
import fr.raccrochage.ingestion.FileRefusedException;
import fr.raccrochage.ingestion.normalize.FieldNormalizers;
import fr.raccrochage.ingestion.normalize.InvalidValueException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the lines of a known-cases list ({@code INE;NOM;PRENOM;DATE_NAISSANCE;PARTENAIRE_ID;STATUT;DATE}).
 * Tolerant where the meaning is clear, like the SIEI import (header case, accents and separators,
 * column order, the usual date forms, the SIEI normalizers for names and INE); strict where a wrong
 * guess would exclude the wrong young person (unreadable dates, unknown statut, a follow-up without
 * its partner): such a line is rejected with its French reason.
 */
final class KnownCaseParser {

    /** The columns, with the header spellings accepted for each (compared as keys without separators). */
    enum Column {
        INE(false, "INE", "IDENTIFIANTNATIONALELEVE"),
        NOM(true, "NOM", "NOMDENAISSANCE", "NOMFAMILLE", "NOMDEFAMILLE"),
        PRENOM(true, "PRENOM", "PRENOMS"),
        DATE_NAISSANCE(true, "DATENAISSANCE", "DATEDENAISSANCE", "NELE", "NAISSANCE"),
        PARTENAIRE_ID(false, "PARTENAIREID", "PARTENAIRE", "IDPARTENAIRE", "IDENTIFIANTPARTENAIRE"),
        STATUT(true, "STATUT", "STATUS"),
        DATE(true, "DATE", "DATESTATUT", "DATEDUSTATUT");

        final boolean required;
        final List<String> keys;

        Column(boolean required, String... keys) {
            this.required = required;
            this.keys = List.of(keys);
        }
    }

    /** A parsed line: accepted, or rejected with its reason and its raw text. */
    sealed interface Parsed {
    }

    record Accepted(KnownCaseLine line) implements Parsed {
    }

    record Rejected(int line, String motif, String content) implements Parsed {
    }

    private final Map<Column, Integer> positions;
    private final int width;

    private KnownCaseParser(Map<Column, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /** Maps the header line; a required column missing refuses the whole file. */
    static KnownCaseParser forHeader(String fileName, String[] header) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        for (int i = 0; i < header.length; i++) {
            String key = TextKeys.key(header[i].replace("\uFEFF", "")).replace(" ", "");
            for (Column column : Column.values()) {
                if (column.keys.contains(key) && !positions.containsKey(column)) {
                    positions.put(column, i);
                }
            }
        }
        List<String> missing = java.util.Arrays.stream(Column.values())
                .filter(c -> c.required && !positions.containsKey(c)).map(Enum::name).toList();
        if (!missing.isEmpty()) {
            throw new FileRefusedException("Fichier refusé : « %s » n'a pas la ou les colonnes %s (en-tête attendu : "
                    .formatted(fileName, String.join(", ", missing))
                    + "INE;NOM;PRENOM;DATE_NAISSANCE;PARTENAIRE_ID;STATUT;DATE).");
        }
        return new KnownCaseParser(positions, header.length);
    }

    Parsed parse(int lineNumber, String[] fields, String rawText) {
        if (fields.length != width) {
            return new Rejected(lineNumber, "nombre de colonnes incorrect : %d au lieu de %d"
                    .formatted(fields.length, width), rawText);
        }
        try {
            return new Accepted(line(lineNumber, fields));
        } catch (InvalidValueException e) {
            return new Rejected(lineNumber, e.getMessage(), rawText);
        }
    }

    private KnownCaseLine line(int lineNumber, String[] fields) {
        String lastName = required(FieldNormalizers.name(get(fields, Column.NOM)), "nom absent");
        String firstNames = required(FieldNormalizers.name(get(fields, Column.PRENOM)), "prénom absent");
        LocalDate birthDate = required(FieldNormalizers.date(get(fields, Column.DATE_NAISSANCE), "date de naissance"),
                "date de naissance absente");
        String rawStatus = FieldNormalizers.name(get(fields, Column.STATUT));
        KnownCaseStatus status = KnownCaseStatus.parse(required(rawStatus, "statut absent"));
        if (status == null) {
            throw new InvalidValueException("statut inconnu : " + rawStatus
                    + " (attendu SUIVI, EN_SOLUTION ou OPPOSITION)");
        }
        LocalDate statusDate = required(FieldNormalizers.date(get(fields, Column.DATE), "date du statut"),
                "date du statut absente");
        String partner = FieldNormalizers.name(get(fields, Column.PARTENAIRE_ID));
        if (status == KnownCaseStatus.SUIVI && partner == null) {
            throw new InvalidValueException("statut SUIVI sans partenaire (PARTENAIRE_ID absent)");
        }
        String ine = null;
        String note = null;
        try {
            ine = FieldNormalizers.ine(get(fields, Column.INE));
        } catch (InvalidValueException e) {
            // The INE only helps matching: names and birth date still identify the young person.
            note = e.getMessage() + ", ignoré";
        }
        return new KnownCaseLine(lineNumber, ine, lastName, firstNames, birthDate, partner, status, statusDate, note);
    }

    private String get(String[] fields, Column column) {
        Integer position = positions.get(column);
        return position == null ? null : fields[position];
    }

    private static <T> T required(T value, String reason) {
        if (value == null) {
            throw new InvalidValueException(reason);
        }
        return value;
    }
}
