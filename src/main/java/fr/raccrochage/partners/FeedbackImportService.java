package fr.raccrochage.partners;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.SpreadsheetCells;
import fr.raccrochage.ingestion.FileRefusedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code retours importer}: partners' feedback ({@code ID_APPEL;PARTENAIRE_ID;STATUT;DATE}). A line
 * about an unknown case, a case never sent to that partner, a bad status or date is rejected with
 * its number and reason; the rest is taken. A file is recognised by its SHA-256: importing it
 * again adds nothing.
 */
@Service
public class FeedbackImportService {

    private static final Logger log = LoggerFactory.getLogger(FeedbackImportService.class);

    /** What an import did; {@code known} counts lines already recorded (same case, partner, status). */
    public record FeedbackImport(String fileName, boolean alreadyImported, int read, int stored, int known, int rejected,
            Path rejectFile) {
    }

    static final List<String> COLUMNS = List.of("ID_APPEL", "PARTENAIRE_ID", "STATUT", "DATE");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private record Reject(int line, String reason, String content) {
    }

    private record Feedback(String idAppel, String partnerId, FeedbackStatus status, LocalDate date, int line) {
    }

    private final JdbcTemplate jdbc;
    private final RaccrochageProperties properties;

    public FeedbackImportService(JdbcTemplate jdbc, RaccrochageProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Transactional
    public FeedbackImport importFile(Path file, LocalDate today) {
        String name = file.getFileName().toString();
        byte[] content = read(file);
        String sha256 = PartnerDirectoryService.sha256(content);
        Map<String, Object> earlier = jdbc.queryForList("SELECT lues, enregistrees, rejetees FROM fichier_retours WHERE empreinte = ?",
                sha256).stream().findFirst().orElse(null);
        if (earlier != null) {
            return new FeedbackImport(name, true, ((Number) earlier.get("lues")).intValue(), 0, 0,
                    ((Number) earlier.get("rejetees")).intValue(), rejectFile(name));
        }
        List<Feedback> accepted = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        int read = parse(content, name, today, accepted, rejects);
        long fileId = insertFile(name, sha256);
        int stored = 0;
        Set<String> seen = new HashSet<>();
        for (Feedback f : accepted) {
            boolean exists = !seen.add(f.idAppel() + '\u0000' + f.partnerId() + '\u0000' + f.status())
                    || jdbc.queryForObject("SELECT COUNT(*) FROM retour_partenaire WHERE id_appel = ? AND partenaire_id = ? AND statut = ?",
                            Integer.class, f.idAppel(), f.partnerId(), f.status().name()) > 0;
            if (!exists) {
                jdbc.update("""
                        INSERT INTO retour_partenaire (id_appel, partenaire_id, statut, date_statut, fichier_id, ligne)
                        VALUES (?, ?, ?, ?, ?, ?)""", f.idAppel(), f.partnerId(), f.status().name(), Date.valueOf(f.date()),
                        fileId, f.line());
                stored++;
            }
        }
        jdbc.batchUpdate("INSERT INTO retour_rejet (fichier_id, ligne, motif, contenu) VALUES (?, ?, ?, ?)", rejects, 1000,
                (ps, r) -> {
                    ps.setLong(1, fileId);
                    ps.setInt(2, r.line());
                    ps.setString(3, r.reason());
                    ps.setString(4, r.content().length() > 4000 ? r.content().substring(0, 4000) : r.content());
                });
        jdbc.update("UPDATE fichier_retours SET lues = ?, enregistrees = ?, rejetees = ? WHERE id = ?",
                read, stored, rejects.size(), fileId);
        Path rejectFile = rejectFile(name);
        if (!rejects.isEmpty()) {
            ExportFiles.write(rejectFile, new String[] {"ligne", "motif", "contenu"}, rejects.stream().map(r -> new String[] {
                String.valueOf(r.line()), r.reason(), SpreadsheetCells.safe(r.content())}).toList());
        }
        log.info("Retours {} importés : {} lues, {} enregistrées, {} rejetées", name, read, stored, rejects.size());
        return new FeedbackImport(name, false, read, stored, accepted.size() - stored, rejects.size(), rejectFile);
    }

    private int parse(byte[] content, String name, LocalDate today, List<Feedback> accepted, List<Reject> rejects) {
        try (CSVReader csv = new CSVReaderBuilder(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))
                .withCSVParser(new CSVParserBuilder().withSeparator(';').build()).build()) {
            int[] columns = columns(csv.readNext(), name);
            Map<String, Boolean> cases = new HashMap<>();
            Map<String, Boolean> sent = new HashMap<>();
            int read = 0;
            for (String[] fields = csv.readNext(); fields != null; fields = csv.readNext()) {
                int line = (int) csv.getLinesRead();
                if (fields.length == 1 && fields[0].isBlank()) {
                    continue;
                }
                read++;
                String raw = String.join(";", fields);
                Optional<String> reason = check(fields, columns, today, cases, sent);
                if (reason.isPresent()) {
                    rejects.add(new Reject(line, reason.get(), raw));
                } else {
                    accepted.add(new Feedback(fields[columns[0]].strip(), fields[columns[1]].strip(),
                            FeedbackStatus.parse(fields[columns[2]]).orElseThrow(), date(fields[columns[3]]).orElseThrow(), line));
                }
            }
            return read;
        } catch (IOException | CsvValidationException e) {
            throw new FileRefusedException("Le fichier de retours " + name + " est illisible (" + e.getMessage() + ").", e);
        }
    }

    private Optional<String> check(String[] fields, int[] columns, LocalDate today, Map<String, Boolean> cases,
            Map<String, Boolean> sent) {
        int needed = 1 + Arrays.stream(columns).max().orElse(3);
        if (fields.length < needed) {
            return Optional.of("%d colonnes au lieu de %d".formatted(fields.length, needed));
        }
        String id = fields[columns[0]].strip();
        String partner = fields[columns[1]].strip();
        if (!cases.computeIfAbsent(id, key -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM dossier_appel WHERE id_appel = ?", Integer.class, key) > 0)) {
            return Optional.of("ID_APPEL « " + id + " » inconnu");
        }
        if (!sent.computeIfAbsent(id + '\u0000' + partner, key -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM export_ligne WHERE id_appel = ? AND partenaire_id = ?", Integer.class, id, partner) > 0)) {
            return Optional.of("le dossier " + id + " n'a jamais été envoyé au partenaire « " + partner + " »");
        }
        if (FeedbackStatus.parse(fields[columns[2]]).isEmpty()) {
            return Optional.of("STATUT « " + fields[columns[2]].strip()
                    + " » inconnu (CONTACTE, ACCOMPAGNE, SORTIE_POSITIVE, INJOIGNABLE ou REFUS attendu)");
        }
        Optional<LocalDate> date = date(fields[columns[3]]);
        if (date.isEmpty()) {
            return Optional.of("DATE « " + fields[columns[3]].strip() + " » invalide (JJ/MM/AAAA ou AAAA-MM-JJ attendu)");
        }
        if (date.get().isAfter(today)) {
            return Optional.of("DATE " + date.get().format(FRENCH_DATE) + " dans le futur");
        }
        return Optional.empty();
    }

    /** Positions of the four columns, in any order, header names matched without case. */
    private static int[] columns(String[] header, String name) {
        if (header == null) {
            throw new FileRefusedException("Le fichier de retours " + name + " est vide.");
        }
        List<String> names = new ArrayList<>();
        for (String cell : header) {
            names.add(cell.replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT));
        }
        int[] positions = new int[COLUMNS.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            positions[i] = names.indexOf(COLUMNS.get(i));
            if (positions[i] < 0) {
                missing.add(COLUMNS.get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new FileRefusedException("Le fichier de retours " + name + " n'a pas la ou les colonne(s) "
                    + String.join(", ", missing) + " (en-tête attendu : " + String.join(";", COLUMNS) + ").");
        }
        return positions;
    }

    static Optional<LocalDate> date(String text) {
        String value = text.strip();
        for (DateTimeFormatter format : List.of(FRENCH_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(value, format.withResolverStyle(ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    private long insertFile(String name, String sha256) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO fichier_retours (nom, empreinte, importe_le) VALUES (?, ?, ?)", new String[] {"id"});
            ps.setString(1, name);
            ps.setString(2, sha256);
            ps.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private Path rejectFile(String name) {
        return properties.dossierSorties().resolve("retours").resolve(name.replaceAll("\\.csv$", "") + ".rejets.csv");
    }

    private static byte[] read(Path file) {
        FileRefusedException.requireReadableFile(file);
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new FileRefusedException("Le fichier " + file + " n'existe pas.");
        } catch (IOException e) {
            throw new FileRefusedException("Le fichier " + file + " est illisible (" + e.getMessage() + ").", e);
        }
    }
}
