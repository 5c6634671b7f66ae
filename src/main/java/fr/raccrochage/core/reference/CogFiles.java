package fr.raccrochage.core.reference;

import fr.raccrochage.core.commune.CommuneMovement;
import fr.raccrochage.core.inbound.FileRefusedException;
import fr.raccrochage.core.inbound.HeaderMatch;
import fr.raccrochage.core.inbound.InboundColumn;
import fr.raccrochage.core.inbound.InboundFormat;
import fr.raccrochage.core.inbound.InboundRow;
import fr.raccrochage.core.inbound.InboundRows;
import fr.raccrochage.core.inbound.InboundValues;
import fr.raccrochage.core.inbound.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The three published files of a COG update, read through the one inbound reader (encoding and
 * separator detected, quoted fields, headers compared without case or punctuation: INSEE's
 * {@code "TYPECOM","COM",…} and La Poste's {@code #Code_commune_INSEE;…} or {@code code_commune_insee;…}).
 * A file with any bad line is refused whole, its lines listed.
 */
final class CogFiles {

    /** One line of {@code v_commune_AAAA.csv}; région and département are empty for some former communes. */
    record CogRow(int line, String type, String code, String region, String departement, String name, String parent) {
    }

    /** What La Poste's base gives: postal codes by INSEE code, and how many lines it had. */
    record PostalCodes(Map<String, Set<String>> byCommune, int lines) {
    }

    static final Pattern INSEE_CODE = Pattern.compile("\\d{5}|2[AB]\\d{3}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Set<String> TYPES = Set.of("COM", "ARM", "COMD", "COMA");
    private static final int ERRORS_SHOWN = 10;

    static final List<InboundColumn> COMMUNE_COLUMNS = List.of(
            InboundColumn.required("TYPECOM"), InboundColumn.required("COM"), InboundColumn.required("REG"),
            InboundColumn.required("DEP"), InboundColumn.required("LIBELLE"), InboundColumn.required("COMPARENT"),
            InboundColumn.optional("CTCD"), InboundColumn.optional("ARR"), InboundColumn.optional("TNCC"),
            InboundColumn.optional("NCC"), InboundColumn.optional("NCCENR"), InboundColumn.optional("CAN"));
    static final List<InboundColumn> MOVEMENT_COLUMNS = List.of(
            InboundColumn.required("MOD"), InboundColumn.required("DATE_EFF"),
            InboundColumn.required("TYPECOM_AV"), InboundColumn.required("COM_AV"), InboundColumn.required("LIBELLE_AV"),
            InboundColumn.required("TYPECOM_AP"), InboundColumn.required("COM_AP"), InboundColumn.required("LIBELLE_AP"),
            InboundColumn.optional("TNCC_AV"), InboundColumn.optional("NCC_AV"), InboundColumn.optional("NCCENR_AV"),
            InboundColumn.optional("TNCC_AP"), InboundColumn.optional("NCC_AP"), InboundColumn.optional("NCCENR_AP"));
    static final List<InboundColumn> POSTAL_COLUMNS = List.of(
            InboundColumn.required("code_commune_insee"), InboundColumn.required("code_postal"),
            InboundColumn.optional("nom_de_la_commune", "nom_commune"),
            InboundColumn.optional("libelle_d_acheminement", "libelle_acheminement"),
            InboundColumn.optional("ligne_5"), InboundColumn.optional("coordonnees_gps", "coordonnees_geographiques"));

    private CogFiles() {
    }

    static List<CogRow> communes(InboundFormat format) {
        String what = "le fichier des communes de l'INSEE « %s »".formatted(format.fileName());
        List<CogRow> rows = new ArrayList<>(40_000);
        read(format, what, COMMUNE_COLUMNS, (row, header) -> {
            String[] cells = row.cells();
            String type = header.get(cells, "TYPECOM").toUpperCase(Locale.ROOT);
            String code = header.get(cells, "COM").toUpperCase(Locale.ROOT);
            String parent = header.get(cells, "COMPARENT").toUpperCase(Locale.ROOT);
            String name = header.get(cells, "LIBELLE");
            if (!TYPES.contains(type)) {
                throw new InvalidValueException("type « %s » inconnu (COM, ARM, COMD ou COMA attendu)".formatted(type));
            }
            requireCode(code, "code commune");
            if (!type.equals("COM")) {
                requireCode(parent, "code de la commune de rattachement");
            }
            if (name.isEmpty()) {
                throw new InvalidValueException("libellé vide");
            }
            if (type.equals("COM") && (header.get(cells, "DEP").isEmpty() || header.get(cells, "REG").isEmpty())) {
                throw new InvalidValueException("commune sans département ni région");
            }
            rows.add(new CogRow(row.line(), type, code, header.get(cells, "REG"), header.get(cells, "DEP").toUpperCase(Locale.ROOT),
                    name, parent.isEmpty() ? null : parent));
        });
        if (rows.stream().noneMatch(r -> r.type().equals("COM"))) {
            throw new FileRefusedException("Fichier refusé : %s ne contient aucune commune.".formatted(what));
        }
        return rows;
    }

    static List<CommuneMovement> movements(InboundFormat format) {
        String what = "le fichier des mouvements des communes de l'INSEE « %s »".formatted(format.fileName());
        List<CommuneMovement> movements = new ArrayList<>(20_000);
        read(format, what, MOVEMENT_COLUMNS, (row, header) -> {
            String[] cells = row.cells();
            Integer mod = InboundValues.integer(header.get(cells, "MOD"), "MOD");
            LocalDate date = InboundValues.date(header.get(cells, "DATE_EFF"), "DATE_EFF");
            if (mod == null || date == null) {
                throw new InvalidValueException("MOD ou DATE_EFF vide");
            }
            String before = header.get(cells, "COM_AV").toUpperCase(Locale.ROOT);
            String after = header.get(cells, "COM_AP").toUpperCase(Locale.ROOT);
            requireCode(before, "COM_AV");
            requireCode(after, "COM_AP");
            movements.add(new CommuneMovement(mod, date, header.get(cells, "TYPECOM_AV").toUpperCase(Locale.ROOT), before,
                    header.get(cells, "LIBELLE_AV"), header.get(cells, "TYPECOM_AP").toUpperCase(Locale.ROOT), after,
                    header.get(cells, "LIBELLE_AP")));
        });
        return movements;
    }

    static PostalCodes postalCodes(InboundFormat format) {
        String what = "la base des codes postaux de La Poste « %s »".formatted(format.fileName());
        Map<String, Set<String>> byCommune = new LinkedHashMap<>();
        int[] lines = {0};
        read(format, what, POSTAL_COLUMNS, (row, header) -> {
            String code = header.get(row.cells(), "code_commune_insee").toUpperCase(Locale.ROOT);
            String postalCode = header.get(row.cells(), "code_postal");
            requireCode(code, "code commune INSEE");
            if (!POSTAL_CODE.matcher(postalCode).matches()) {
                throw new InvalidValueException("code postal « %s » invalide (cinq chiffres attendus)".formatted(postalCode));
            }
            byCommune.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(postalCode);
            lines[0]++;
        });
        if (lines[0] == 0) {
            throw new FileRefusedException("Fichier refusé : %s ne contient aucun code postal.".formatted(what));
        }
        return new PostalCodes(byCommune, lines[0]);
    }

    private static void requireCode(String code, String label) {
        if (!INSEE_CODE.matcher(code).matches()) {
            throw new InvalidValueException("%s « %s » invalide".formatted(label, code));
        }
    }

    /** Every line through {@code line}; a file with errors is refused with the first ones listed. */
    private static void read(InboundFormat format, String what, List<InboundColumn> columns,
            BiConsumer<InboundRow, HeaderMatch> line) {
        List<String> errors = new ArrayList<>();
        int errorCount = 0;
        try (InboundRows rows = InboundRows.open(format)) {
            HeaderMatch header = HeaderMatch.match(rows.header(), columns, Map.of(), what);
            for (InboundRow row = rows.next(); row != null; row = rows.next()) {
                String error = row.parseError();
                if (error == null) {
                    try {
                        line.accept(row, header);
                    } catch (InvalidValueException e) {
                        error = e.getMessage();
                    }
                }
                if (error != null && errorCount++ < ERRORS_SHOWN) {
                    errors.add("ligne %d : %s".formatted(row.line(), error));
                }
            }
        }
        if (errorCount > 0) {
            throw new FileRefusedException("Fichier refusé : %s a %d %s :\n  %s%s".formatted(what, errorCount,
                    errorCount > 1 ? "lignes erronées" : "ligne erronée", String.join("\n  ", errors),
                    errorCount > ERRORS_SHOWN ? "\n  …" : ""));
        }
    }
}
