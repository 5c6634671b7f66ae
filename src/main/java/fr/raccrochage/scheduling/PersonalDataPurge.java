package fr.raccrochage.scheduling;

import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.core.privacy.OperatorJournal;
import fr.raccrochage.identity.KnownCaseImportService;
import fr.raccrochage.partners.FeedbackImportService;
import fr.raccrochage.sms.SmsReturnImportService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the personal data of waves whose calling period ended more than the retention period
 * ago ({@code raccrochage.nuit.conservation-mois}); what the figures need stays: cases, their
 * outcomes, routing, feedback, the commune of residence and the year of birth.
 * <p>
 * A young person who objected keeps name, first name, birth date and INE: without them a later
 * list could not be matched to the opposition, and the young person would be called again.
 * <p>
 * The operator journal is kept {@value OperatorJournal#RETENTION_MONTHS} months. The SQL is in
 * {@link JdbcPurgeDao}.
 */
@Service
public class PersonalDataPurge {

    /**
     * @param waves the waves purged this time; the counts are rows made anonymous
     * @param journalEntries operator journal entries older than the journal's retention, deleted
     */
    public record PurgeSummary(List<String> waves, int records, int numbers, int oppositionsKept,
            int knownCases, int filesDeleted, int journalEntries) {
    }

    private final JdbcPurgeDao dao;
    private final TransactionTemplate transaction;
    private final NightlyProperties nightly;
    private final RaccrochageProperties properties;
    private final OperatorJournal journal;

    PersonalDataPurge(JdbcPurgeDao dao, TransactionTemplate transaction, NightlyProperties nightly,
            RaccrochageProperties properties, OperatorJournal journal) {
        this.journal = journal;
        this.dao = dao;
        this.transaction = transaction;
        this.nightly = nightly;
        this.properties = properties;
    }

    public LocalDate cutoff(LocalDate night) {
        return night.minusMonths(nightly.conservationMois());
    }

    public PurgeSummary purge(LocalDate night) {
        LocalDate cutoff = cutoff(night);
        List<String> waves = dao.wavesEndedBefore(cutoff);
        int records = 0;
        int numbers = 0;
        int kept = 0;
        for (String wave : waves) {
            JdbcPurgeDao.WavePurge c = transaction.execute(status -> dao.purgeWave(wave, LocalDateTime.now()));
            records += c.records();
            numbers += c.numbers();
            kept += c.oppositionsKept();
        }
        int knownCases = transaction.execute(status -> dao.purgeKnownCases(cutoff));
        // Files go after the rows, for every purged wave, so that a run killed in between
        // deletes them next time.
        int files = 0;
        for (String wave : dao.purgedWaves()) {
            files += deleteOutputFiles(properties.waveOutputDirectory(wave));
        }
        files += deleteArchivesBefore(cutoff);
        files += deleteExportRunsBefore(cutoff);
        files += deleteRejectFilesBefore(cutoff);
        int journalEntries = transaction.execute(status -> journal.purgeBefore(
                night.minusMonths(OperatorJournal.RETENTION_MONTHS).atStartOfDay()));
        return new PurgeSummary(waves, records, numbers, kept, knownCases, files, journalEntries);
    }

    /** Call sheets, daily lists, exports and reject files of the wave; its report (figures only) stays. */
    private static int deleteOutputFiles(Path waveFolder) {
        if (!Files.isDirectory(waveFolder)) {
            return 0;
        }
        List<Path> doomed = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(waveFolder)) {
            tree.filter(Files::isRegularFile)
                    .filter(p -> !waveFolder.relativize(p).startsWith("rapport"))
                    .forEach(doomed::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        doomed.forEach(PersonalDataPurge::delete);
        return doomed.size();
    }

    /** Archived inbox files are kept as received, dated by night: whole nights past the cutoff go. */
    private int deleteArchivesBefore(LocalDate cutoff) {
        List<Path> nights = new ArrayList<>();
        for (Path kindFolder : children(nightly.archives())) {
            for (Path folder : "refuses".equals(kindFolder.getFileName().toString())
                    ? children(kindFolder).stream().flatMap(k -> children(k).stream()).toList()
                    : children(kindFolder)) {
                if (isNightBefore(folder, cutoff)) {
                    nights.add(folder);
                }
            }
        }
        int deleted = 0;
        for (Path night : nights) {
            deleted += deleteTree(night);
        }
        return deleted;
    }

    /** Partner export runs ({@code sorties/exports/AAAAMMJJ-HHMMSS/}) older than the cutoff. */
    private int deleteExportRunsBefore(LocalDate cutoff) {
        int deleted = 0;
        for (Path run : children(properties.dossierSorties().resolve("exports"))) {
            String name = run.getFileName().toString();
            if (name.length() >= 8 && name.substring(0, 8).chars().allMatch(Character::isDigit)
                    && LocalDate.parse(name.substring(0, 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE).isBefore(cutoff)) {
                deleted += deleteTree(run);
            }
        }
        return deleted;
    }

    /**
     * The reject files of the lists that belong to no wave (known cases, SMS returns, partners'
     * feedback) last written before the cutoff: their lines hold names and numbers, like the rows
     * the purge empties.
     */
    private int deleteRejectFilesBefore(LocalDate cutoff) {
        Path outputs = properties.dossierSorties();
        int deleted = 0;
        for (Path folder : List.of(KnownCaseImportService.rejectFolder(outputs), SmsReturnImportService.rejectFolder(outputs),
                FeedbackImportService.rejectFolder(outputs))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(f -> f.getFileName().toString().endsWith(ReceivedFiles.REJECTS))
                        .filter(f -> modifiedBefore(f, cutoff)).toList()) {
                    delete(file);
                    deleted++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return deleted;
    }

    private static boolean modifiedBefore(Path file, LocalDate cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant()
                    .isBefore(cutoff.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int deleteTree(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            List<Path> all = tree.sorted(Comparator.reverseOrder()).toList();
            int files = (int) all.stream().filter(Files::isRegularFile).count();
            all.forEach(PersonalDataPurge::delete);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isNightBefore(Path folder, LocalDate cutoff) {
        try {
            return LocalDate.parse(folder.getFileName().toString()).isBefore(cutoff);
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static List<Path> children(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
