package fr.raccrochage.identity;

import fr.raccrochage.core.inbound.HeaderMatch;
import fr.raccrochage.core.inbound.InboundColumn;
import fr.raccrochage.core.inbound.InboundKind;
import fr.raccrochage.ingestion.normalize.FieldNormalizers;
import fr.raccrochage.ingestion.normalize.InvalidValueException;
import java.time.LocalDate;
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

    /** The columns, with the header spellings accepted for each (compared as keys, see {@link InboundColumn#key}). */
    static final List<InboundColumn> COLUMNS = List.of(
            InboundColumn.optional("INE", "IDENTIFIANT_NATIONAL_ELEVE"),
            InboundColumn.required("NOM", "NOM_DE_NAISSANCE", "NOM_FAMILLE", "NOM_DE_FAMILLE"),
            InboundColumn.required("PRENOM", "PRENOMS"),
            InboundColumn.required("DATE_NAISSANCE", "DATE_DE_NAISSANCE", "NE_LE", "NAISSANCE"),
            InboundColumn.optional("PARTENAIRE_ID", "PARTENAIRE", "ID_PARTENAIRE", "IDENTIFIANT_PARTENAIRE"),
            InboundColumn.required("STATUT", "STATUS"),
            InboundColumn.required("DATE", "DATE_STATUT", "DATE_DU_STATUT"));

    /** A parsed line: accepted, or rejected with its reason and its raw text. */
    sealed interface Parsed {
    }

    record Accepted(KnownCaseLine line) implements Parsed {
    }

    record Rejected(int line, String motif, String content) implements Parsed {
    }

    private final HeaderMatch header;
    private final int width;

    private KnownCaseParser(HeaderMatch header) {
        this.header = header;
        this.width = header.width();
    }

    /** Maps the header line; a required column missing refuses the whole file. */
    static KnownCaseParser forHeader(String fileName, String[] header) {
        return forHeader(fileName, header, Map.of());
    }

    static KnownCaseParser forHeader(String fileName, String[] header, Map<String, List<String>> aliases) {
        return new KnownCaseParser(HeaderMatch.match(header, COLUMNS, aliases, InboundKind.CAS_CONNUS.describe(fileName)));
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
        String lastName = required(FieldNormalizers.name(get(fields, "NOM")), "nom absent");
        String firstNames = required(FieldNormalizers.name(get(fields, "PRENOM")), "prénom absent");
        LocalDate birthDate = required(FieldNormalizers.date(get(fields, "DATE_NAISSANCE"), "date de naissance"),
                "date de naissance absente");
        String rawStatus = FieldNormalizers.name(get(fields, "STATUT"));
        KnownCaseStatus status = KnownCaseStatus.parse(required(rawStatus, "statut absent"));
        if (status == null) {
            throw new InvalidValueException("statut inconnu : " + rawStatus
                    + " (attendu SUIVI, EN_SOLUTION ou OPPOSITION)");
        }
        LocalDate statusDate = required(FieldNormalizers.date(get(fields, "DATE"), "date du statut"),
                "date du statut absente");
        String partner = FieldNormalizers.name(get(fields, "PARTENAIRE_ID"));
        if (status == KnownCaseStatus.SUIVI && partner == null) {
            throw new InvalidValueException("statut SUIVI sans partenaire (PARTENAIRE_ID absent)");
        }
        String ine = null;
        String note = null;
        try {
            ine = FieldNormalizers.ine(get(fields, "INE"));
        } catch (InvalidValueException e) {
            // The INE only helps matching: names and birth date still identify the young person.
            note = e.getMessage() + ", ignoré";
        }
        return new KnownCaseLine(lineNumber, ine, lastName, firstNames, birthDate, partner, status, statusDate, note);
    }

    private String get(String[] fields, String column) {
        return header.raw(fields, column);
    }

    private static <T> T required(T value, String reason) {
        if (value == null) {
            throw new InvalidValueException(reason);
        }
        return value;
    }
}
