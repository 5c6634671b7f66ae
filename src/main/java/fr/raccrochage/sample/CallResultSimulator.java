package fr.raccrochage.sample;

import fr.raccrochage.calls.CallCaseId;
import fr.raccrochage.calls.CallOutcome;
import fr.raccrochage.calls.TimeSlot;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic call centre, for the demo and the tests: reads a day's due list
 * ({@code appels-du-jour-<date>.csv}) and writes the results file the call centre would send back
 * (shared/formats/call-results.md). Whether someone answers depends only on the time slot (evenings
 * and lunch are better: {@link #CONTACT}, which the planning benchmark shares); who answers then gives a realistic mix of
 * outcomes. Deterministic: the draws depend only on (seed, ID_APPEL, attempt). No real data.
 */
public final class CallResultSimulator {

    static final String[] HEADER = {"ID_APPEL", "TENTATIVE", "DATE_APPEL", "NUMERO", "RESULTAT", "DATE_RAPPEL",
        "SOLUTION", "COMMENTAIRE", "AGENT"};
    /** The synthetic chance that someone answers, by time slot. */
    public static final Map<TimeSlot, Double> CONTACT = new EnumMap<>(Map.of(
            TimeSlot.MATIN, 0.06, TimeSlot.MIDI, 0.14, TimeSlot.APRES_MIDI, 0.08,
            TimeSlot.SOIREE, 0.24, TimeSlot.SAMEDI, 0.18));
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final long seed;

    public CallResultSimulator(long seed) {
        this.seed = seed;
    }

    /** Writes the results of the due list's attempts; returns how many lines it wrote. */
    public int simulate(Path dueList, Path results) {
        List<String[]> due = SimulatorFiles.dataRows(dueList);
        List<String[]> lines = new ArrayList<>();
        Set<String> stopped = new HashSet<>();
        for (String[] row : due) {
            String id = row[0];
            if (stopped.contains(id)) {
                // The case closed, asked for a callback or lost a number earlier today: the rest of
                // its day is re-planned at the next import.
                continue;
            }
            int attempt = Integer.parseInt(row[1]);
            LocalDateTime at = LocalDateTime.of(LocalDate.parse(row[2], DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    LocalTime.parse(row[3]));
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + new CallCaseId(id).seed() * 31 + attempt);
            CallOutcome outcome = outcome(random, TimeSlot.of(at).orElse(null));
            String callback = "";
            String solution = "";
            if (outcome == CallOutcome.RAPPEL) {
                callback = FRENCH.format(at.toLocalDate().plusDays(1 + random.nextInt(3)).atTime(18, 0));
            } else if (outcome == CallOutcome.EN_SOLUTION) {
                solution = CallOutcome.SOLUTIONS.get(random.nextInt(CallOutcome.SOLUTIONS.size()));
            }
            lines.add(new String[] {id, row[1], FRENCH.format(at.plusMinutes(random.nextInt(10))), row[5],
                outcome.name(), callback, solution, "", "AG" + (1 + random.nextInt(12))});
            if (outcome != CallOutcome.NRP && outcome != CallOutcome.MESSAGERIE && outcome != CallOutcome.OCCUPE) {
                stopped.add(id);
            }
        }
        return SimulatorFiles.write(results, HEADER, lines);
    }

    private static final Map<CallOutcome, Double> ON_CONTACT = Map.of(
            CallOutcome.EN_SOLUTION, 0.45, CallOutcome.ORIENTE_ML, 0.05, CallOutcome.ORIENTE_CIO, 0.02,
            CallOutcome.REFUS, 0.14, CallOutcome.RAPPEL, 0.25, CallOutcome.OPPOSITION, 0.03,
            CallOutcome.DEMENAGE, 0.06);
    private static final Map<CallOutcome, Double> NO_CONTACT = Map.of(
            CallOutcome.NRP, 0.55, CallOutcome.MESSAGERIE, 0.30, CallOutcome.OCCUPE, 0.05,
            CallOutcome.FAUX_NUMERO, 0.06, CallOutcome.NUMERO_INVALIDE, 0.04);

    static CallOutcome outcome(SplittableRandom random, TimeSlot slot) {
        boolean contact = random.nextDouble() < CONTACT.getOrDefault(slot, 0.05);
        return pick(random.nextDouble(), contact ? ON_CONTACT : NO_CONTACT);
    }

    private static CallOutcome pick(double u, Map<CallOutcome, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double cumulative = 0;
        CallOutcome last = null;
        // Enum order, not the map's: the same draw always gives the same outcome.
        for (CallOutcome o : CallOutcome.values()) {
            Double w = weights.get(o);
            if (w == null) {
                continue;
            }
            cumulative += w / total;
            last = o;
            if (u < cumulative) {
                return o;
            }
        }
        return last;
    }
}
