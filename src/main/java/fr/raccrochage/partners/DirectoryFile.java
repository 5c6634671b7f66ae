package fr.raccrochage.partners;

import fr.raccrochage.core.commune.Commune;
import fr.raccrochage.core.commune.CommuneDirectory;
import fr.raccrochage.core.inbound.FileRefusedException;
import fr.raccrochage.core.inbound.HeaderMatch;
import fr.raccrochage.core.inbound.InboundColumn;
import fr.raccrochage.core.inbound.InboundFormat;
import fr.raccrochage.core.inbound.InboundKind;
import fr.raccrochage.core.inbound.InboundRow;
import fr.raccrochage.core.inbound.InboundRows;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads and checks a partner directory file ({@code partenaire_id;type;nom;departement;code_insee}, in
 * any order, header names compared without case, accents or punctuation) through the one inbound reader,
 * optionally with {@code chiffrement}: {@code oui} or empty for encrypted archives, the default,
 * {@code non} for plain files only. Every error is collected with its line number, so the operator fixes the file in one go.
 */
public final class DirectoryFile {

    static final String[] HEADER = {"partenaire_id", "type", "nom", "departement", "code_insee"};
    static final List<InboundColumn> COLUMNS = List.of(
            InboundColumn.required("partenaire_id", "id_partenaire", "identifiant_partenaire", "identifiant", "id"),
            InboundColumn.required("type", "type_partenaire"),
            InboundColumn.required("nom", "nom_partenaire", "libelle"),
            InboundColumn.required("departement", "dep", "dept"),
            InboundColumn.required("code_insee", "code_commune", "insee", "commune_insee", "cog"),
            InboundColumn.optional(DirectoryFile.ENCRYPTION, "chiffre", "archive_chiffree"));
    static final String ENCRYPTION = "chiffrement";
    private static final Pattern PARTNER_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    /**
     * The lines read (file line numbers) and the errors found; entries are usable only without errors.
     *
     * @param plainFiles the partners whose files go out without an encrypted archive ({@code chiffrement} = non)
     */
    public record Parsed(List<DirectoryEntry> entries, List<String> errors, int lines, Set<String> plainFiles) {
        public Parsed(List<DirectoryEntry> entries, List<String> errors, int lines) {
            this(entries, errors, lines, Set.of());
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private record Claim(String partnerId, int line) {
    }

    private final CommuneDirectory communes;
    private final String region;
    private final Map<String, List<String>> aliases;

    public DirectoryFile(CommuneDirectory communes, String region) {
        this(communes, region, Map.of());
    }

    public DirectoryFile(CommuneDirectory communes, String region, Map<String, List<String>> aliases) {
        this.communes = communes;
        this.region = region;
        this.aliases = aliases;
    }

    /** Reads a directory as the one inbound reader found it (CSV in its encoding, or a workbook sheet). */
    public Parsed read(InboundFormat format) {
        try (InboundRows rows = InboundRows.open(format)) {
            return read(rows, format.fileName());
        }
    }

    /** Reads decoded text ({@code ;}-separated), as a file would be read. */
    public Parsed read(Reader reader, String fileName) {
        try (InboundRows rows = InboundRows.csv(reader, ';', fileName)) {
            return read(rows, fileName);
        }
    }

    private Parsed read(InboundRows rows, String fileName) {
        HeaderMatch header = HeaderMatch.match(rows.header(), COLUMNS, aliases, InboundKind.ANNUAIRE.describe(fileName));
        List<DirectoryEntry> entries = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, Claim> claims = new HashMap<>();
        Map<String, Claim> partnerLines = new HashMap<>();
        Map<String, Partner> partners = new HashMap<>();
        Map<String, Boolean> encryption = new HashMap<>();
        int lines = 0;
        for (InboundRow row = rows.next(); row != null; row = rows.next()) {
            lines++;
            if (row.parseError() != null) {
                errors.add("ligne %d : %s".formatted(row.line(), row.parseError()));
                continue;
            }
            Optional<DirectoryEntry> entry = check(row.cells(), header, row.line(), errors, claims, partnerLines, partners);
            entry.ifPresent(entries::add);
            if (entry.isPresent() && header.has(ENCRYPTION)) {
                checkEncryption(entry.get().partner().id(), header.get(row.cells(), ENCRYPTION), row.line(), encryption, errors);
            }
        }
        if (lines == 0) {
            throw new FileRefusedException("L'annuaire " + fileName + " ne contient aucun partenaire.");
        }
        Set<String> plain = new TreeSet<>();
        encryption.forEach((id, encrypted) -> {
            if (!encrypted) {
                plain.add(id);
            }
        });
        return new Parsed(List.copyOf(entries), List.copyOf(errors), lines, Set.copyOf(plain));
    }

    /** One partner, one choice: {@code oui} (or empty) encrypts its files, {@code non} does not. */
    private static void checkEncryption(String partnerId, String value, int line, Map<String, Boolean> encryption,
            List<String> errors) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return;
        }
        if (!text.equals("oui") && !text.equals("non")) {
            errors.add("ligne %d : chiffrement « %s » invalide (oui, non ou vide attendu)".formatted(line, value.strip()));
            return;
        }
        Boolean earlier = encryption.putIfAbsent(partnerId, text.equals("oui"));
        if (earlier != null && earlier != text.equals("oui")) {
            errors.add("ligne %d : chiffrement « %s » pour %s, qui a « %s » sur une ligne précédente"
                    .formatted(line, text, partnerId, earlier ? "oui" : "non"));
        }
    }

    private Optional<DirectoryEntry> check(String[] fields, HeaderMatch header, int line, List<String> errors,
            Map<String, Claim> claims, Map<String, Claim> partnerLines, Map<String, Partner> partners) {
        if (fields.length < header.width()) {
            errors.add("ligne %d : %d colonnes au lieu de %d".formatted(line, fields.length, header.width()));
            return Optional.empty();
        }
        String id = header.get(fields, "partenaire_id");
        String typeText = header.get(fields, "type").toUpperCase(Locale.ROOT);
        String nom = header.get(fields, "nom");
        String departement = header.get(fields, "departement");
        String code = header.get(fields, "code_insee").toUpperCase(Locale.ROOT);
        int before = errors.size();
        if (!PARTNER_ID.matcher(id).matches()) {
            errors.add("ligne %d : identifiant de partenaire « %s » invalide (lettres, chiffres, « . », « _ », « - », 40 au plus)"
                    .formatted(line, id));
        }
        PartnerType type = parseType(typeText);
        if (type == null) {
            errors.add("ligne %d : type « %s » inconnu (MISSION_LOCALE, CIO ou PRIJ attendu)".formatted(line,
                    header.get(fields, "type")));
        }
        if (nom.isEmpty()) {
            errors.add("ligne %d : nom du partenaire vide".formatted(line));
        }
        // A commune merged since the file was written is taken as the commune it became (and reported).
        Optional<Commune> commune = communes.current(code);
        if (commune.isEmpty()) {
            errors.add("ligne %d : code commune « %s » inconnu du code officiel géographique".formatted(line, code));
        } else if (!commune.get().isIn(region)) {
            errors.add("ligne %d : commune %s (%s) hors de la région %s".formatted(line, code, commune.get().nom(), region));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        Partner partner = new Partner(id, type, nom, departement);
        Partner known = partners.putIfAbsent(id, partner);
        if (known != null && known.type() != type) {
            errors.add("ligne %d : le partenaire %s est de type %s à la ligne %d, pas %s"
                    .formatted(line, id, known.type(), partnerLines.get(id).line(), type));
            return Optional.empty();
        }
        partnerLines.putIfAbsent(id, new Claim(id, line));
        Claim earlier = claims.putIfAbsent(type + ":" + code, new Claim(id, line));
        if (earlier != null) {
            errors.add(earlier.partnerId().equals(id)
                    ? "ligne %d : ligne en double (%s, commune %s déjà à la ligne %d)".formatted(line, id, code, earlier.line())
                    : "ligne %d : commune %s (%s) déjà couverte par %s %s à la ligne %d ; une commune n'a qu'%s"
                            .formatted(line, code, commune.get().nom(), article(type), earlier.partnerId(), earlier.line(),
                                    single(type)));
            return Optional.empty();
        }
        return Optional.of(new DirectoryEntry(known == null ? partner : known, code));
    }

    private static PartnerType parseType(String text) {
        try {
            return PartnerType.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String article(PartnerType type) {
        return switch (type) {
            case MISSION_LOCALE -> "la mission locale";
            case CIO -> "le CIO";
            case PRIJ -> "le groupe PRIJ";
        };
    }

    private static String single(PartnerType type) {
        return switch (type) {
            case MISSION_LOCALE -> "une mission locale";
            case CIO -> "un CIO";
            case PRIJ -> "un groupe PRIJ au plus";
        };
    }
}
