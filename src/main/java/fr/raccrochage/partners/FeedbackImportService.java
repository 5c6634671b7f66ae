package fr.raccrochage.partners;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.inbound.HeaderMatch;
import fr.raccrochage.core.inbound.InboundColumn;
import fr.raccrochage.core.inbound.InboundFormat;
import fr.raccrochage.core.inbound.InboundInspector;
import fr.raccrochage.core.inbound.InboundKind;
import fr.raccrochage.core.inbound.InboundProperties;
import fr.raccrochage.core.inbound.InboundRow;
import fr.raccrochage.core.inbound.InboundRows;
import fr.raccrochage.core.inbound.InboundValues;
import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.core.inbound.ReceivedFiles.ReceivedFile;
import fr.raccrochage.core.inbound.RejectedLine;
import fr.raccrochage.core.SpreadsheetCells;
import fr.raccrochage.ingestion.FileRefusedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    public static final List<InboundColumn> COLUMNS = List.of(
            InboundColumn.required("ID_APPEL", "IDENTIFIANT_APPEL", "NUMERO_APPEL", "N° d'appel", "ID_DOSSIER", "DOSSIER"),
            InboundColumn.required("PARTENAIRE_ID", "PARTENAIRE", "ID_PARTENAIRE", "IDENTIFIANT_PARTENAIRE"),
            InboundColumn.required("STATUT", "STATUS", "SITUATION"),
            InboundColumn.required("DATE", "DATE_STATUT", "DATE_DU_STATUT", "DATE_RETOUR"));
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private record Feedback(String idAppel, String partnerId, FeedbackStatus status, LocalDate date, int line) {
    }

    private final RaccrochageProperties properties;
    private final ReceivedFiles files;
    private final InboundProperties inbound;
    private final FeedbackRule rule;

    public FeedbackImportService(RaccrochageProperties properties, ReceivedFiles files,
            InboundProperties inbound, FeedbackRule rule) {
        this.properties = properties;
        this.files = files;
        this.inbound = inbound;
        this.rule = rule;
    }

    @Transactional
    public FeedbackImport importFile(Path file, LocalDate today) {
        return importFile(file, null, today);
    }

    /** @param sheet the workbook sheet to read ({@code --feuille}), or null */
    @Transactional
    public FeedbackImport importFile(Path file, String sheet, LocalDate today) {
        InboundFormat format = InboundInspector.inspect(file, sheet);
        String name = format.fileName();
        Optional<ReceivedFile> earlier = files.find(InboundKind.RETOURS_PARTENAIRES, null, format.sha256())
                .filter(ReceivedFile::done);
        if (earlier.isPresent()) {
            return new FeedbackImport(files.label(earlier.get()), true, earlier.get().read(), 0, 0,
                    earlier.get().rejected(), rejectFile(earlier.get()));
        }
        List<Feedback> accepted = new ArrayList<>();
        List<RejectedLine> rejects = new ArrayList<>();
        int read = parse(format, today, accepted, rejects);
        long fileId = files.register(InboundKind.RETOURS_PARTENAIRES, null, format);
        int stored = 0;
        Set<String> seen = new HashSet<>();
        for (Feedback f : accepted) {
            boolean exists = !seen.add(f.idAppel() + '\u0000' + f.partnerId() + '\u0000' + f.status())
                    || rule.known(f.idAppel(), f.partnerId(), f.status());
            if (!exists) {
                rule.storeFromFile(f.idAppel(), f.partnerId(), f.status(), f.date(), fileId, f.line());
                stored++;
            }
        }
        files.reject(fileId, rejects);
        files.complete(fileId, read, stored, rejects.size(), null);
        ReceivedFile received = files.get(fileId);
        Path rejectFile = rejectFile(received);
        if (!rejects.isEmpty()) {
            files.writeRejects(fileId, rejectFile);
        }
        log.info("Retours {} importés : {} lues, {} enregistrées, {} rejetées", name, read, stored, rejects.size());
        return new FeedbackImport(files.label(received), false, read, stored, accepted.size() - stored, rejects.size(),
                rejectFile);
    }

    private int parse(InboundFormat format, LocalDate today, List<Feedback> accepted, List<RejectedLine> rejects) {
        try (InboundRows rows = InboundRows.open(format)) {
            HeaderMatch header = HeaderMatch.match(rows.header(), COLUMNS, inbound.aliases(InboundKind.RETOURS_PARTENAIRES),
                    InboundKind.RETOURS_PARTENAIRES.describe(format.fileName()));
            int[] columns = COLUMNS.stream().mapToInt(c -> header.positions().get(c.name())).toArray();
            Map<String, Boolean> cases = new HashMap<>();
            Map<String, Boolean> sent = new HashMap<>();
            int read = 0;
            for (InboundRow row = rows.next(); row != null; row = rows.next()) {
                read++;
                if (row.parseError() != null) {
                    rejects.add(new RejectedLine(row.line(), row.parseError(), ""));
                    continue;
                }
                String[] fields = row.cells();
                String raw = row.text(format.delimiterText());
                Optional<String> reason = check(fields, columns, today, cases, sent);
                if (reason.isPresent()) {
                    rejects.add(new RejectedLine(row.line(), reason.get(), raw));
                } else {
                    accepted.add(new Feedback(fields[columns[0]].strip(), fields[columns[1]].strip(),
                            FeedbackStatus.parse(fields[columns[2]]).orElseThrow(), date(fields[columns[3]]).orElseThrow(),
                            row.line()));
                }
            }
            return read;
        }
    }

    private Optional<String> check(String[] fields, int[] columns, LocalDate today, Map<String, Boolean> cases,
            Map<String, Boolean> sent) {
        int needed = 1 + Arrays.stream(columns).max().orElse(3);
        if (fields.length < needed) {
            return Optional.of("%d colonnes au lieu de %d".formatted(fields.length, needed));
        }
        return FeedbackRule.refusal(fields[columns[0]].strip(), fields[columns[1]].strip(), fields[columns[2]],
                fields[columns[3]], today, id -> cases.computeIfAbsent(id, rule::knownCase),
                (id, partner) -> sent.computeIfAbsent(id + '\u0000' + partner, key -> rule.sent(id, partner)));
    }

    /** The one strict date reader: {@code J/M/AAAA} or {@code AAAA-M-J}, impossible dates refused. */
    static Optional<LocalDate> date(String text) {
        return InboundValues.optionalDate(text);
    }

    /** Where feedback files' rejected lines go: {@code sorties/retours/<nom>.rejets.csv}. */
    public static Path rejectFolder(Path outputs) {
        return outputs.resolve("retours");
    }

    private Path rejectFile(ReceivedFile file) {
        return files.rejectFile(rejectFolder(properties.dossierSorties()), file);
    }
}
