package fr.raccrochage.partners;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import fr.raccrochage.core.commune.Commune;
import fr.raccrochage.core.commune.CommuneDirectory;
import fr.raccrochage.ingestion.FileRefusedException;
import java.io.IOException;
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
 * Reads and checks a partner directory file ({@code partenaire_id;type;nom;departement;code_insee},
 * optionally followed by {@code chiffrement}: {@code oui} or empty for encrypted archives, the
 * default, {@code non} for plain files only). Every error is collected with its line number, so the
 * operator fixes the file in one go.
 */
public final class DirectoryFile {

    static final String[] HEADER = {"partenaire_id", "type", "nom", "departement", "code_insee"};
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

    public DirectoryFile(CommuneDirectory communes, String region) {
        this.communes = communes;
        this.region = region;
    }

    public Parsed read(Reader reader, String fileName) {
        try (CSVReader csv = new CSVReaderBuilder(reader)
                .withCSVParser(new CSVParserBuilder().withSeparator(';').build()).build()) {
            int columns = checkHeader(csv.readNext(), fileName);
            List<DirectoryEntry> entries = new ArrayList<>();
            Map<String, Boolean> encryption = new HashMap<>();
            List<String> errors = new ArrayList<>();
            Map<String, Claim> claims = new HashMap<>();
            Map<String, Claim> partnerLines = new HashMap<>();
            Map<String, Partner> partners = new HashMap<>();
            int lines = 0;
            for (String[] fields = csv.readNext(); fields != null; fields = csv.readNext()) {
                int line = (int) csv.getLinesRead();
                if (fields.length == 1 && fields[0].isBlank()) {
                    continue;
                }
                lines++;
                if (fields.length != columns) {
                    errors.add("ligne %d : %d colonnes au lieu de %d".formatted(line, fields.length, columns));
                    continue;
                }
                Optional<DirectoryEntry> entry = check(fields, line, errors, claims, partnerLines, partners);
                entry.ifPresent(entries::add);
                if (entry.isPresent() && columns > HEADER.length) {
                    checkEncryption(entry.get().partner().id(), fields[HEADER.length], line, encryption, errors);
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
        } catch (IOException e) {
            throw new FileRefusedException("L'annuaire " + fileName + " est illisible (" + e.getMessage() + ").", e);
        } catch (CsvValidationException e) {
            throw new FileRefusedException("L'annuaire " + fileName + " est illisible (" + e.getMessage() + ").", e);
        }
    }

    /** One partner, one choice: {@code oui} (or empty) encrypts its files, {@code non} does not. */
    private static void checkEncryption(String partnerId, String value, int line, Map<String, Boolean> encryption,
            List<String> errors) {
        String text = value.strip().toLowerCase(Locale.ROOT);
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

    /** @return the number of columns of the file: the five of the contract, or six with {@code chiffrement} */
    private static int checkHeader(String[] header, String fileName) {
        if (header == null) {
            throw new FileRefusedException("L'annuaire " + fileName + " est vide.");
        }
        List<String> found = new ArrayList<>();
        for (String cell : header) {
            found.add(cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
        }
        List<String> withEncryption = new ArrayList<>(List.of(HEADER));
        withEncryption.add(ENCRYPTION);
        if (!found.equals(List.of(HEADER)) && !found.equals(withEncryption)) {
            throw new FileRefusedException("L'annuaire " + fileName + " n'a pas l'en-tête attendu « "
                    + String.join(";", HEADER) + " » (trouvé : « " + String.join(";", header).replace("\uFEFF", "") + " »).");
        }
        return found.size();
    }

    private Optional<DirectoryEntry> check(String[] fields, int line, List<String> errors, Map<String, Claim> claims,
            Map<String, Claim> partnerLines, Map<String, Partner> partners) {
        String id = fields[0].strip();
        String typeText = fields[1].strip().toUpperCase(Locale.ROOT);
        String nom = fields[2].strip();
        String departement = fields[3].strip();
        String code = fields[4].strip().toUpperCase(Locale.ROOT);
        int before = errors.size();
        if (!PARTNER_ID.matcher(id).matches()) {
            errors.add("ligne %d : identifiant de partenaire « %s » invalide (lettres, chiffres, « . », « _ », « - », 40 au plus)"
                    .formatted(line, id));
        }
        PartnerType type = parseType(typeText);
        if (type == null) {
            errors.add("ligne %d : type « %s » inconnu (MISSION_LOCALE, CIO ou PRIJ attendu)".formatted(line, fields[1].strip()));
        }
        if (nom.isEmpty()) {
            errors.add("ligne %d : nom du partenaire vide".formatted(line));
        }
        Optional<Commune> commune = communes.byCode(code);
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
