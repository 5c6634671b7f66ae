package fr.raccrochage.calls;

import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.core.inbound.DeclaredLine;
import fr.raccrochage.core.privacy.Oppositions;
import fr.raccrochage.core.inbound.InboundKind;
import fr.raccrochage.core.inbound.InboundProperties;
import fr.raccrochage.core.inbound.ReceivedFiles;
import fr.raccrochage.core.inbound.ReceivedFiles.ReceivedFile;
import fr.raccrochage.core.inbound.RejectedLine;
import fr.raccrochage.ingestion.RejectFileWriter;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import fr.raccrochage.core.text.FrenchFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code appels importer}: one results file per transaction. Each line is checked and applied to its
 * case (a rejected line is stored with its number and reason, the rest is taken); then the cases'
 * statuses are written, dropped numbers marked, oppositions copied onto the person, and every open
 * case of the wave is re-planned from the latest call reported, with the wave's own contact rates.
 * A file is known by its SHA-256 in the wave: importing it again changes nothing.
 */
@Service
public class CallResultImportService {

    /** What an import gave, for the operator's summary. */
    public record ResultsSummary(String fileName, boolean alreadyImported, int read, int stored, int repeated,
            int rejected, Path rejectFile, Duration duration) {
    }

    /**
     * When and how a file is taken.
     *
     * @param takenAt the moment of the import, or of the night that takes the file (Paris time):
     *     a line dated after it is rejected
     * @param replanAccepted the operator has looked at the re-plan the file leads to and wants it,
     *     whatever the {@link ReplanGuard} says
     */
    public record Intake(LocalDateTime takenAt, boolean replanAccepted) {

        /** An import by an operator, now. */
        public static Intake now() {
            return new Intake(FrenchFormat.nowInParis(), false);
        }

        /** The night of that date takes the file: calls made before that night only. */
        public static Intake night(LocalDate night) {
            LocalDateTime start = night.atStartOfDay();
            LocalDateTime now = FrenchFormat.nowInParis();
            return new Intake(now.isBefore(start) ? now : start, false);
        }
    }

    /** Where the wave's cases stand after an import. */
    public record WaveStatus(Map<String, Integer> byStatus, int attemptsPlanned, int openWithoutAttempt) {
    }

    private final JdbcCallsDao dao;
    private final TransactionTemplate tx;
    private final RaccrochageProperties properties;
    private final CallSheets sheets;
    private final WaveReplanner replanner;
    private final Oppositions oppositions;
    private final ReceivedFiles files;
    private final InboundProperties inbound;
    private final CallsProperties calls;

    CallResultImportService(JdbcCallsDao dao, TransactionTemplate tx,
            RaccrochageProperties properties, CallSheets sheets, WaveReplanner replanner, Oppositions oppositions,
            ReceivedFiles files, InboundProperties inbound, CallsProperties calls) {
        this.oppositions = oppositions;
        this.calls = calls;
        this.files = files;
        this.inbound = inbound;
        this.dao = dao;
        this.tx = tx;
        this.properties = properties;
        this.sheets = sheets;
        this.replanner = replanner;
    }

    /**
     * Reads and checks every file before any is taken: the wave must be planned, and one unusable
     * file refuses them all (a French sentence, nothing stored).
     */
    public List<CallResultsFile> inspectAll(String waveId, List<Path> paths, String sheet) {
        if (dao.period(waveId).isEmpty()) {
            throw new WaveNotPlannedException(waveId);
        }
        return paths.stream().map(p -> inspect(p, sheet)).toList();
    }

    /** Reads and checks a file as a whole (refused with a French sentence when unusable); nothing stored. */
    public CallResultsFile inspect(Path file) {
        return inspect(file, null);
    }

    /** Same, reading the given sheet of a workbook ({@code --feuille}; null for its only sheet). */
    public CallResultsFile inspect(Path file, String sheet) {
        return CallResultsFile.read(file, sheet, inbound.aliases(InboundKind.RESULTATS_APPELS));
    }

    /** An operator's import, now, with the re-plan guard on. */
    public ResultsSummary importFile(String waveId, CallResultsFile file) {
        return importFile(waveId, file, Intake.now());
    }

    /**
     * Takes a file; throws {@link ReplanRefusedException} (nothing stored) when the re-plan it leads
     * to is held by the guard and the intake does not accept it.
     */
    public ResultsSummary importFile(String waveId, CallResultsFile file, Intake intake) {
        if (dao.period(waveId).isEmpty()) {
            throw new WaveNotPlannedException(waveId);
        }
        Instant start = Instant.now();
        Optional<ReceivedFile> known = files.find(InboundKind.RESULTATS_APPELS, waveId, file.sha256())
                .filter(ReceivedFile::done);
        if (known.isPresent()) {
            ReceivedFile row = known.get();
            // The run that stored it may have lost the database before writing its files: written again
            // from what is stored, they are the same as if that run had ended.
            Path rejectFile = RejectFileWriter.rejectFile(files, properties, row);
            if (row.rejected() > 0 && !java.nio.file.Files.exists(rejectFile)) {
                files.writeRejects(row.id(), rejectFile);
            }
            sheets.writeSheet(waveId);
            return new ResultsSummary(files.label(row), true, row.read(), row.stored(), 0, row.rejected(),
                    rejectFile, Duration.between(start, Instant.now()));
        }
        int[] figures = tx.execute(status -> store(waveId, file, intake));
        ReceivedFile stored = files.get(figures[0]);
        Path rejectFile = RejectFileWriter.rejectFile(files, properties, stored);
        if (figures[3] > 0) {
            files.writeRejects(stored.id(), rejectFile);
        }
        sheets.writeSheet(waveId);
        return new ResultsSummary(files.label(stored), false, file.lines().size(), figures[1], figures[2], figures[3],
                rejectFile, Duration.between(start, Instant.now()));
    }

    /** Returns {file id, stored, repeated, rejected}. */
    private int[] store(String waveId, CallResultsFile file, Intake intake) {
        long fileId = files.register(InboundKind.RESULTATS_APPELS, waveId, file.format());
        Map<String, String> statuses = dao.statuses(waveId);
        Map<String, WaveCase> cases = new LinkedHashMap<>();
        for (JdbcCallsDao.StoredCase stored : dao.callableCases(waveId)) {
            cases.put(stored.id().value(), WaveCase.rebuild(stored));
        }
        ResultLineChecker checker = new ResultLineChecker(waveId, intake.takenAt(), statuses, cases);
        List<Object[]> results = new ArrayList<>();
        List<RejectedLine> rejects = new ArrayList<>();
        int repeated = 0;
        for (DeclaredLine line : file.lines()) {
            ResultLineChecker.Verdict verdict = line.parseError() != null
                    ? ResultLineChecker.Verdict.rejected(line.parseError()) : checker.check(line);
            if (verdict.reason() != null) {
                rejects.add(new RejectedLine(line.number(), verdict.reason(), line.text()));
            } else if (verdict.repeated()) {
                repeated++;
            } else {
                AttemptResult r = verdict.result();
                results.add(new Object[] {verdict.caseId(), r.attempt(), Timestamp.valueOf(r.at()), r.number(),
                    r.outcome().name(), r.callbackAt() == null ? null : Timestamp.valueOf(r.callbackAt()),
                    verdict.solution(), emptyToNull(line.get("COMMENTAIRE")), emptyToNull(line.get("AGENT")), fileId,
                    line.number()});
            }
        }
        dao.insertResults(results);
        files.reject(fileId, rejects);
        files.complete(fileId, file.lines().size(), results.size(), rejects.size(), null);
        for (WaveCase c : checker.touched()) {
            c.store(dao, oppositions);
        }
        if (!results.isEmpty()) {
            replanGuarded(waveId, cases.values(), intake,
                    checker.touched().stream().map(c -> c.callCase().id().value()).collect(java.util.stream.Collectors.toSet()));
        }
        return new int[] {(int) fileId, results.size(), repeated, rejects.size()};
    }

    /**
     * Re-plans every open case from the latest call reported in the wave: what was planned before it
     * and not reported is taken as not done. The old plans' capacity is given back first. A re-plan
     * the guard holds throws, which rolls the whole file back.
     */
    private void replanGuarded(String waveId, java.util.Collection<WaveCase> cases, Intake intake,
            java.util.Set<String> reported) {
        Map<ReplanGuard.AttemptKey, LocalDate> before = dao.plannedAttempts(waveId);
        replanner.replan(waveId, cases, LocalDateTime.MIN);
        if (intake.replanAccepted()) {
            return;
        }
        ReplanGuard.Change change = ReplanGuard.compare(before, dao.plannedAttempts(waveId),
                nextCallingDay(waveId, intake.takenAt().toLocalDate()), reported);
        calls.replanGuard().verdict(change).ifPresent(reason -> {
            throw new ReplanRefusedException("Vague " + waveId + " : " + reason + ". Rien n'a été enregistré : "
                    + "vérifiez les dates du fichier, ou relancez l'import avec --accepter-replanification si ce "
                    + "report est voulu.");
        });
    }

    /** The first calling day after {@code day} within the wave's period, or null when the period ends first. */
    private LocalDate nextCallingDay(String waveId, LocalDate day) {
        CallingPeriod period = dao.period(waveId).orElseThrow();
        CallingHours hours = calls.hours();
        for (LocalDate d = day.plusDays(1); !d.isAfter(period.fin()); d = d.plusDays(1)) {
            if (hours.isCallingDay(d)) {
                return d;
            }
        }
        return null;
    }

    /**
     * Re-plans the wave's open cases from a moment (the night), or from the latest call reported
     * if that is later: attempts planned before it and not reported are taken as not done. Returns
     * the number of open cases re-planned.
     */
    public int replanOpenCases(String waveId, LocalDateTime from) {
        if (dao.period(waveId).isEmpty()) {
            return 0;
        }
        Integer count = tx.execute(status -> {
            List<WaveCase> cases = dao.callableCases(waveId).stream().map(WaveCase::rebuild).toList();
            replanner.replan(waveId, cases, from);
            return cases.size();
        });
        sheets.writeSheet(waveId);
        return count;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** The wave's cases by status (EXCLU counted apart), attempts still planned. */
    public WaveStatus status(String waveId) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (CaseStatus s : CaseStatus.values()) {
            byStatus.put(s.name(), 0);
        }
        byStatus.putAll(dao.casesByStatus(waveId));
        return new WaveStatus(byStatus, dao.plannedAttemptCount(waveId), dao.openWithoutAttempt(waveId));
    }
}
