package fr.raccrochage.calls;

import fr.raccrochage.core.inbound.DeclaredLine;
import fr.raccrochage.core.phone.PhoneNumber;
import fr.raccrochage.core.text.FrenchFormat;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one line of a results file against the contract and its case; gives the result to store,
 * a repeat of a line already recorded (changes nothing), or the French reason of the reject.
 */
final class ResultLineChecker {

    static final List<String> SOLUTIONS = CallOutcome.SOLUTIONS;

    record Verdict(String caseId, AttemptResult result, String solution, boolean repeated, String reason) {

        static Verdict rejected(String reason) {
            return new Verdict(null, null, null, false, reason);
        }
    }

    private final String waveId;
    private final LocalDateTime takenAt;
    private final Map<String, String> statuses;
    private final Map<String, WaveCase> cases;
    private final Set<WaveCase> touched = new LinkedHashSet<>();

    /**
     * @param takenAt the moment the file is taken (the import, or the night that takes it), Paris
     *     time: a call cannot be reported before it happened
     */
    ResultLineChecker(String waveId, LocalDateTime takenAt, Map<String, String> statuses, Map<String, WaveCase> cases) {
        this.waveId = waveId;
        this.takenAt = takenAt;
        this.statuses = statuses;
        this.cases = cases;
    }

    /** The cases a stored line changed. */
    Set<WaveCase> touched() {
        return touched;
    }

    Verdict check(DeclaredLine line) {
        String id = line.get("ID_APPEL");
        WaveCase c = cases.get(id);
        if (c == null) {
            String status = statuses.get(id);
            return Verdict.rejected(status == null
                    ? "ID_APPEL « " + id + " » inconnu dans la vague " + waveId
                    : "dossier " + id + " non appelé dans cette vague (" + status + ")");
        }
        int attempt;
        try {
            attempt = fr.raccrochage.core.inbound.InboundValues.integer(line.get("TENTATIVE"), "TENTATIVE");
        } catch (fr.raccrochage.core.inbound.InvalidValueException | NullPointerException e) {
            return Verdict.rejected("TENTATIVE « " + line.get("TENTATIVE") + " » n'est pas un nombre de 1 à 10");
        }
        Optional<LocalDateTime> at = dateTime(line.get("DATE_APPEL"));
        if (at.isEmpty()) {
            return Verdict.rejected("DATE_APPEL « " + line.get("DATE_APPEL")
                    + " » illisible (attendu AAAA-MM-JJTHH:MM ou JJ/MM/AAAA HH:MM)");
        }
        if (at.get().isAfter(takenAt)) {
            return Verdict.rejected(future(at.get(), takenAt));
        }
        Optional<CallOutcome> outcome = CallOutcome.parse(line.get("RESULTAT"));
        if (outcome.isEmpty()) {
            return Verdict.rejected("RESULTAT « " + line.get("RESULTAT") + " » inconnu");
        }
        Optional<String> number = PhoneNumber.e164(line.get("NUMERO")).filter(c::hasNumber);
        if (number.isEmpty()) {
            return Verdict.rejected("NUMERO « " + line.get("NUMERO") + " » absent de la fiche du dossier " + id);
        }
        LocalDateTime callback = null;
        if (!line.get("DATE_RAPPEL").isEmpty() && outcome.get() == CallOutcome.RAPPEL) {
            Optional<LocalDateTime> parsed = dateTime(line.get("DATE_RAPPEL"));
            if (parsed.isEmpty()) {
                return Verdict.rejected("DATE_RAPPEL « " + line.get("DATE_RAPPEL") + " » illisible");
            }
            callback = parsed.get();
        }
        String solution = null;
        if (outcome.get() == CallOutcome.EN_SOLUTION) {
            solution = line.get("SOLUTION").toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
            if (solution.isEmpty()) {
                return Verdict.rejected("SOLUTION manquante pour EN_SOLUTION (" + String.join(", ", SOLUTIONS) + ")");
            }
            if (!SOLUTIONS.contains(solution)) {
                return Verdict.rejected("SOLUTION « " + line.get("SOLUTION") + " » inconnue ("
                        + String.join(", ", SOLUTIONS) + ")");
            }
        }
        if (line.get("COMMENTAIRE").length() > 500) {
            return Verdict.rejected("COMMENTAIRE de plus de 500 caractères");
        }
        if (line.get("AGENT").length() > 40) {
            return Verdict.rejected("AGENT de plus de 40 caractères");
        }
        AttemptResult result = new AttemptResult(attempt, at.get(), number.get(), outcome.get(), callback);
        boolean known = result.equals(c.callCase().results().get(attempt));
        Optional<String> refused = c.apply(result, solution);
        if (refused.isPresent()) {
            return Verdict.rejected(refused.get());
        }
        if (known) {
            return new Verdict(id, result, solution, true, null);
        }
        touched.add(c);
        return new Verdict(id, result, solution, false, null);
    }

    /** The reason of a call dated after the moment its file is taken. */
    static String future(LocalDateTime at, LocalDateTime takenAt) {
        return "DATE_APPEL " + FrenchFormat.dateTime(at) + " postérieure à la prise du fichier ("
                + FrenchFormat.dateTime(takenAt) + ") : un appel ne peut pas être rapporté avant d'avoir eu lieu";
    }

    /** The one strict reader: 31/11/2026 10:00 is refused, never read as 30/11. */
    static Optional<LocalDateTime> dateTime(String text) {
        return fr.raccrochage.core.inbound.InboundValues.optionalDateTime(text);
    }
}
