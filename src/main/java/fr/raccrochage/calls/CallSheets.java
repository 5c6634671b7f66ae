package fr.raccrochage.calls;

import fr.raccrochage.calls.JdbcCallSheetsDao.SheetAttempt;
import fr.raccrochage.calls.JdbcCallSheetsDao.SheetCase;
import fr.raccrochage.core.FrenchCsvFile;
import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.SpreadsheetCells;
import fr.raccrochage.core.phone.PhoneNumber;
import fr.raccrochage.core.privacy.OutputGate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The files for the call centre, written from what is stored: the wave's call sheet (one row per
 * young person put on it, attempts 1–10 done or planned) and the list of attempts due on a day.
 * Both ask the {@link OutputGate} last: a young person who objected or was erased is on neither,
 * and a number withdrawn from a young person is printed for them nowhere.
 */
@Component
public class CallSheets {

    /** A due list written for one wave. */
    public record DueFile(String waveId, Path file, int attempts) {
    }

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final String[] DUE_HEADER = {"ID_APPEL", "TENTATIVE", "DATE", "HEURE", "CRENEAU", "NUMERO", "TITULAIRE",
        "NOM", "PRENOM", "AGE", "RAPPEL_DEMANDE", "TENTATIVES_FAITES", "DERNIER_RESULTAT"};

    private final JdbcCallSheetsDao sheets;
    private final JdbcCallsDao dao;
    private final RaccrochageProperties properties;
    private final OutputGate gate;

    CallSheets(JdbcCallSheetsDao sheets, JdbcCallsDao dao, RaccrochageProperties properties, OutputGate gate) {
        this.sheets = sheets;
        this.dao = dao;
        this.properties = properties;
        this.gate = gate;
    }

    public static Path sheetFile(RaccrochageProperties properties, String waveId) {
        return properties.waveOutputDirectory(waveId).resolve("feuille-appels.csv");
    }

    public static Path dueFile(RaccrochageProperties properties, String waveId, LocalDate day) {
        return properties.waveOutputDirectory(waveId).resolve("appels-du-jour-" + day + ".csv");
    }

    /** Writes {@code feuille-appels.csv}; returns the number of young people on it. */
    public int writeSheet(String waveId) {
        LocalDate start = dao.period(waveId).map(CallingPeriod::debut).orElse(LocalDate.now());
        Map<Long, WavePerson> persons = persons(waveId);
        Map<String, List<CallNumber>> numbers = new HashMap<>();
        Map<String, Map<String, String>> dropped = new HashMap<>();
        for (JdbcCallSheetsDao.SheetNumber n : sheets.numbers(waveId)) {
            numbers.computeIfAbsent(n.idAppel(), k -> new ArrayList<>()).add(n.number());
            if (n.droppedReason() != null) {
                dropped.computeIfAbsent(n.idAppel(), k -> new HashMap<>()).put(n.number().number(), n.droppedReason());
            }
        }
        Map<String, TreeMap<Integer, SheetAttempt>> attempts = attempts(waveId);
        List<String> header = new ArrayList<>(List.of("ID_APPEL", "NOM", "PRENOM", "AGE", "TEL_JEUNE", "TEL_RESP1",
                "TEL_RESP2", "STATUT"));
        for (int i = 1; i <= CallPlanner.MAX_ATTEMPTS; i++) {
            for (String column : new String[] {"DATE", "HEURE", "CRENEAU", "NUMERO", "RESULTAT"}) {
                header.add("T" + i + "_" + column);
            }
        }
        List<SheetCase> rows = sheets.sheetCases(waveId);
        Set<Long> barred = gate.barred(rows.stream().map(SheetCase::personId).toList());
        OutputGate.WithdrawnNumbers withdrawn = gate.withdrawnNumbers(rows.stream().map(SheetCase::personId).toList());
        return FrenchCsvFile.write(sheetFile(properties, waveId), header.toArray(String[]::new), csv -> {
            int n = 0;
            for (SheetCase row : rows) {
                if (barred.contains(row.personId())) {
                    continue;
                }
                WavePerson p = persons.get(row.personId());
                List<String> cells = new ArrayList<>(List.of(row.idAppel(), SpreadsheetCells.safe(p.identity().lastName()),
                        SpreadsheetCells.safe(p.identity().firstNames()), age(p, start)));
                for (CallNumber.Owner owner : CallNumber.Owner.values()) {
                    cells.add(String.join(" | ", numbers.getOrDefault(row.idAppel(), List.of()).stream()
                            .filter(x -> x.owner() == owner)
                            .filter(x -> !withdrawn.contains(row.personId(), x.number()))
                            .map(x -> x.display() + retired(dropped, row.idAppel(), x.number()))
                            .toList()));
                }
                cells.add(row.status());
                TreeMap<Integer, SheetAttempt> caseAttempts = attempts.getOrDefault(row.idAppel(), new TreeMap<>());
                for (int i = 1; i <= CallPlanner.MAX_ATTEMPTS; i++) {
                    SheetAttempt a = caseAttempts.get(i);
                    if (a == null) {
                        cells.addAll(List.of("", "", "", "", ""));
                    } else {
                        cells.addAll(List.of(DATE.format(a.at()), TIME.format(a.at()), slot(a.at()),
                                withdrawn.contains(row.personId(), a.number()) ? "(retiré)"
                                        : PhoneNumber.display(a.number()), a.result()));
                    }
                }
                csv.writeNext(cells.toArray(String[]::new), false);
                n++;
            }
            return n;
        });
    }

    private static String retired(Map<String, Map<String, String>> dropped, String id, String number) {
        String reason = dropped.getOrDefault(id, Map.of()).get(number);
        return reason == null ? "" : " (retiré : " + reason + ")";
    }

    /**
     * Writes {@code appels-du-jour-<date>.csv} of each wave with attempts planned that day (or only
     * of the given wave), as re-planned after the last import.
     */
    public List<DueFile> writeDue(LocalDate day, String onlyWave) {
        List<String> waves = sheets.wavesWithAttempts(day.atStartOfDay(), day.plusDays(1).atStartOfDay());
        if (onlyWave != null) {
            waves = List.of(onlyWave);
        }
        List<DueFile> files = new ArrayList<>();
        for (String waveId : waves) {
            files.add(new DueFile(waveId, dueFile(properties, waveId, day), writeDue(waveId, day)));
        }
        return files;
    }

    private int writeDue(String waveId, LocalDate day) {
        Map<Long, WavePerson> persons = persons(waveId);
        Map<String, TreeMap<Integer, SheetAttempt>> attempts = attempts(waveId);
        Set<Long> barred = gate.barred(persons.keySet());
        OutputGate.WithdrawnNumbers withdrawn = gate.withdrawnNumbers(persons.keySet());
        return FrenchCsvFile.write(dueFile(properties, waveId, day), DUE_HEADER, csv -> {
            int[] n = {0};
            sheets.dueAttempts(waveId, day.atStartOfDay(), day.plusDays(1).atStartOfDay(), due -> {
                String id = due.idAppel();
                LocalDateTime at = due.at();
                long personId = due.personId();
                if (barred.contains(personId) || withdrawn.contains(personId, due.number())) {
                    return;
                }
                WavePerson p = persons.get(personId);
                List<SheetAttempt> done = attempts.getOrDefault(id, new TreeMap<>()).values().stream()
                        .filter(a -> a.result() != null && !a.result().isEmpty()).toList();
                SheetAttempt last = done.isEmpty() ? null : done.get(done.size() - 1);
                csv.writeNext(new String[] {id, due.attempt(), DATE.format(at), TIME.format(at), slot(at),
                    PhoneNumber.display(due.number()), due.owner(), SpreadsheetCells.safe(p.identity().lastName()),
                    SpreadsheetCells.safe(p.identity().firstNames()), age(p, day),
                    last != null && last.result().equals("RAPPEL") ? "oui" : "", String.valueOf(done.size()),
                    last == null ? "" : last.result()}, false);
                n[0]++;
            });
            return n[0];
        });
    }

    /**
     * Rewrites the wave's daily lists still to be called (dated after the latest call reported in
     * the wave), so that a fact recorded during the wave reaches the lists already written.
     *
     * @return the days rewritten
     */
    public List<LocalDate> rewriteUpcomingDue(String waveId) {
        Path folder = properties.waveOutputDirectory(waveId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        LocalDate latest = sheets.latestCall(waveId).map(LocalDateTime::toLocalDate).orElse(null);
        List<LocalDate> days = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("appels-du-jour-\\d{4}-\\d{2}-\\d{2}\\.csv"))
                    .map(name -> LocalDate.parse(name.substring("appels-du-jour-".length(), name.length() - 4)))
                    .filter(day -> latest == null || day.isAfter(latest))
                    .sorted()
                    .forEach(days::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        days.forEach(day -> writeDue(waveId, day));
        return days;
    }

    private Map<Long, WavePerson> persons(String waveId) {
        Map<Long, WavePerson> persons = new HashMap<>();
        dao.wavePersons(waveId).forEach(p -> persons.put(p.personId(), p));
        return persons;
    }

    /** Attempts done (with their result) and planned, per case and attempt number. */
    private Map<String, TreeMap<Integer, SheetAttempt>> attempts(String waveId) {
        Map<String, TreeMap<Integer, SheetAttempt>> attempts = new HashMap<>();
        for (SheetAttempt a : sheets.plannedAttempts(waveId)) {
            attempts.computeIfAbsent(a.idAppel(), k -> new TreeMap<>()).put(a.attempt(), a);
        }
        for (SheetAttempt a : sheets.reportedAttempts(waveId)) {
            attempts.computeIfAbsent(a.idAppel(), k -> new TreeMap<>()).put(a.attempt(), a);
        }
        return attempts;
    }

    static String slot(LocalDateTime at) {
        return TimeSlot.of(at).map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse("");
    }

    private static String age(WavePerson p, LocalDate on) {
        return p.identity().ageOn(on).stream().mapToObj(String::valueOf).findFirst().orElse("");
    }
}
