package fr.raccrochage.cli;

import fr.raccrochage.calls.PlannedWithOtherDatesException;
import fr.raccrochage.core.text.FrenchFormat;
import static fr.raccrochage.core.text.FrenchFormat.count;
import static fr.raccrochage.core.text.FrenchFormat.duration;

import fr.raccrochage.calls.CallPlanningService;
import fr.raccrochage.calls.CallPlanningService.PlanningSummary;
import fr.raccrochage.calls.CallingPeriod;
import fr.raccrochage.core.RunLock;
import fr.raccrochage.core.Waves;
import fr.raccrochage.review.DuplicateReviewService;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "planifier", mixinStandardHelpOptions = true,
        description = "Crée un dossier d'appel (ID_APPEL) par jeune de la vague et planifie jusqu'à dix tentatives "
                + "entre --debut et --fin : heures d'appel, jours fériés exclus, écart minimum, jours et créneaux "
                + "variés, numéros du jeune et des responsables en alternance, capacité journalière du centre "
                + "d'appels. Les jeunes en opposition, suivis par un partenaire, récemment en solution ou déjà "
                + "orientés sont écartés (motif enregistré) ; sans numéro exploitable, ils sont injoignables "
                + "d'emblée. Écrit la feuille d'appels de la vague. Relancer n'ajoute rien.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class WavePlanCommand implements Callable<Integer> {

    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Spec
    CommandSpec spec;

    @Mixin
    WaveOption wave;

    @Option(names = "--debut", required = true, paramLabel = "<date>", converter = DateConverter.class,
            description = "Premier jour d'appels (AAAA-MM-JJ ou JJ/MM/AAAA).")
    LocalDate start;

    @Option(names = "--fin", required = true, paramLabel = "<date>", converter = DateConverter.class,
            description = "Dernier jour d'appels, inclus.")
    LocalDate end;

    private final CallPlanningService planning;
    private final RunLock lock;
    private final Waves waves;
    private final DuplicateReviewService review;

    WavePlanCommand(CallPlanningService planning, RunLock lock, Waves waves, DuplicateReviewService review) {
        this.planning = planning;
        this.lock = lock;
        this.waves = waves;
        this.review = review;
    }

    @Override
    public Integer call() {
        String waveId = wave.existingIn(waves);
        if (end.isBefore(start)) {
            throw new ParameterException(spec.commandLine(), "La fin des appels (" + FRENCH_DATE.format(end)
                    + ") précède leur début (" + FRENCH_DATE.format(start) + ").");
        }
        CallingPeriod period = new CallingPeriod(start, end);
        try (RunLock.Held held = lock.acquire()) {
            print(spec.commandLine().getOut(), waveId, planning.plan(waveId, period));
            printPending(spec.commandLine().getOut(), waveId, review.pendingCount(waveId));
        } catch (PlannedWithOtherDatesException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, String waveId, PlanningSummary s) {
        if (s.plannedNow() == 0 && s.numbersAdded() > 0) {
            out.printf("Vague %s : tous les jeunes avaient déjà un dossier d'appel ; %s aux dossiers ouverts, "
                    + "re-planifiés (feuille d'appels : %s).%n", waveId,
                    count(s.numbersAdded(), "nouveau numéro ajouté", "nouveaux numéros ajoutés"), s.sheet());
            out.flush();
            return;
        }
        if (s.plannedNow() == 0) {
            // What this run did: nothing; the first run's counts are not printed again as if new.
            out.printf("Vague %s : les %s avaient déjà un dossier d'appel, rien n'a été ajouté (feuille d'appels : %s).%n",
                    waveId, count(s.persons(), "jeune", "jeunes"), s.sheet());
            out.flush();
            return;
        }
        if (s.plannedNow() < s.persons()) {
            out.printf("Vague %s : %s ; la vague entière :%n", waveId,
                    count(s.plannedNow(), "nouveau dossier d'appel", "nouveaux dossiers d'appel"));
        }
        out.printf("Vague %s (appels du %s au %s) : %s, %s à appeler, %s, %s, en %s.%n", waveId,
                FRENCH_DATE.format(s.period().debut()), FRENCH_DATE.format(s.period().fin()),
                count(s.persons(), "jeune", "jeunes"), FrenchFormat.number(s.toCall()),
                count(s.withoutNumber(), "injoignable sans numéro exploitable", "injoignables sans numéro exploitable"),
                count(s.excluded(), "écarté", "écartés"), duration(s.duration()));
        if (s.excluded() > 0) {
            StringBuilder reasons = new StringBuilder();
            for (Map.Entry<String, Integer> e : s.exclusions().entrySet()) {
                if (e.getValue() > 0) {
                    reasons.append(reasons.isEmpty() ? "" : ", ").append(EXCLUSIONS.get(e.getKey())).append(" : ")
                            .append(FrenchFormat.number(e.getValue()));
                }
            }
            out.printf("  Écartés : %s.%n", reasons);
        }
        out.printf("  %s planifiées", count(s.attempts(), "tentative", "tentatives"));
        if (s.shortCases() > 0) {
            out.printf(" ; %s avec moins de 10 tentatives (période ou capacité insuffisante)",
                    count(s.shortCases(), "dossier", "dossiers"));
        }
        out.printf(".%n  Feuille d'appels : %s%n", s.sheet());
        out.flush();
    }

    /** A pair left undecided may be one young person called twice: say so where the calls are planned. */
    static void printPending(PrintWriter out, String waveId, int pending) {
        if (pending > 0) {
            out.printf("  %s : chaque paire non tranchée peut être un même jeune appelé deux fois ; "
                    + "« raccrochage doublons a-verifier --vague %s --sortie <fichier.csv> » puis « doublons decider ».%n",
                    count(pending, "paire de doublons à vérifier", "paires de doublons à vérifier"), waveId);
            out.flush();
        }
    }

    static final Map<String, String> EXCLUSIONS = Map.of(
            "OPPOSITION", "opposition",
            "SUIVI_PARTENAIRE", "suivis par un partenaire",
            "EN_SOLUTION_RECENT", "en solution récemment",
            "ISSUE_ANTERIEURE", "déjà joints lors d'une vague précédente",
            "HORS_AGE", "hors tranche d'âge");
}
