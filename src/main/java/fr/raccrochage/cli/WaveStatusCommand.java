package fr.raccrochage.cli;

import static fr.raccrochage.core.text.FrenchFormat.count;
import static fr.raccrochage.core.text.FrenchFormat.number;

import fr.raccrochage.core.Waves;
import fr.raccrochage.reporting.WaveStatus;
import fr.raccrochage.reporting.WaveStatusService;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.core.env.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "etat", mixinStandardHelpOptions = true,
        description = "Où en est une vague, sur un écran : enregistrements, jeunes, dossiers par statut, tentatives faites, "
                + "prévues et du jour, jeunes joints, lignes rejetées, vérifications en attente (doublons possibles, jeunes "
                + "connus à rapprocher), derniers imports, prochaine liste du jour, orientations. Sans --vague : la vague de "
                + "la nuit (raccrochage.nuit.vague), sinon la dernière créée. Ne modifie rien (pas de verrou).",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class WaveStatusCommand implements Callable<Integer> {

    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    @Spec
    CommandSpec spec;

    @Option(names = "--vague", paramLabel = "<id>",
            description = "La vague (défaut : celle de la nuit, raccrochage.nuit.vague, sinon la dernière créée).")
    String waveId;

    @Option(names = "--date", paramLabel = "<date>", converter = DateConverter.class,
            description = "Jour de l'état (tentatives du jour, prochaine liste ; défaut : aujourd'hui).")
    LocalDate day;

    private final WaveStatusService service;
    private final Waves waves;
    private final Environment environment;

    WaveStatusCommand(WaveStatusService service, Waves waves, Environment environment) {
        this.service = service;
        this.waves = waves;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (waveId != null && !waves.exists(waveId)) {
            throw new ParameterException(spec.commandLine(), "La vague « " + waveId + " » n'existe pas.");
        }
        Optional<String> wave = Optional.ofNullable(waveId)
                .or(() -> service.currentWave(environment.getProperty("raccrochage.nuit.vague")));
        if (wave.isEmpty()) {
            out.printf("Aucune vague pour l'instant : la première liste SIEI importée la crée "
                    + "(raccrochage siei importer --vague <id> <fichier>).%n");
            out.flush();
            return ExitCodes.OK;
        }
        print(out, service.status(wave.get(), day != null ? day : LocalDate.now()));
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, WaveStatus s) {
        out.printf("Vague %s : %s (créée le %s), état au %s%n", s.waveId(), s.phase().label(),
                s.createdAt().toLocalDate().format(FRENCH_DATE), s.day().format(FRENCH_DATE));
        out.printf("  Enregistrements SIEI : %s (%s), %s%n", number(s.records()),
                count(s.sieiFiles(), "liste", "listes"), count(s.rejectedRecords(), "ligne rejetée", "lignes rejetées"));
        out.printf("  Jeunes : %s%s%n", number(s.youngPeople()), s.unlinkedRecords() == 0 ? ""
                : " ; " + count(s.unlinkedRecords(), "enregistrement", "enregistrements")
                        + " à dédoublonner (doublons resoudre)");
        out.printf("  Dossiers d'appel : %s%n", number(s.cases()));
        if (!s.casesByStatus().isEmpty()) {
            List<String> parts = new ArrayList<>();
            s.casesByStatus().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> parts.add(e.getKey() + " " + number(e.getValue())));
            out.printf("    %s%n", String.join(" · ", parts));
        }
        if (s.callsFrom() != null) {
            out.printf("  Période d'appel : du %s au %s%n", s.callsFrom().format(FRENCH_DATE), s.callsTo().format(FRENCH_DATE));
        }
        out.printf("  Tentatives : %s, %s, %s le %s%n", count(s.attemptsDone(), "faite", "faites"),
                count(s.attemptsPlanned(), "prévue", "prévues"), number(s.attemptsToday()), s.day().format(FRENCH_DATE));
        out.printf("  Jeunes joints : %s%n", number(s.reached()));
        out.printf("  Rejets : %s, %s%n", count(s.rejectedRecords(), "ligne SIEI", "lignes SIEI"),
                count(s.rejectedResults(), "ligne de résultats d'appels", "lignes de résultats d'appels"));
        out.printf("  À vérifier : %s (doublons a-verifier), %s (toutes vagues)%n",
                count(s.pendingDuplicates(), "paire de doublons possibles", "paires de doublons possibles"),
                count(s.pendingKnownCases(), "ligne de jeunes connus à rapprocher", "lignes de jeunes connus à rapprocher"));
        if (!s.lastImports().isEmpty()) {
            out.printf("  Derniers imports :%n");
            for (WaveStatus.LastImport i : s.lastImports()) {
                out.printf("    %s : « %s » le %s%n", i.kind(), i.name(), i.at().format(FRENCH_TIME));
            }
        }
        WaveStatus.DailyList next = s.nextDailyList();
        out.printf("  Prochaine liste du jour : %s%n", next == null ? "aucune tentative prévue"
                : "%s, %s (appels du-jour --date %s)".formatted(next.day().format(FRENCH_DATE),
                        count(next.attempts(), "tentative", "tentatives"), next.day()));
        if (s.closedOn() != null || s.referrals() > 0) {
            out.printf("  Orientations : %s, dont %s aux partenaires%s%n", number(s.referrals()),
                    count(s.sentToPartners(), "envoyée", "envoyées"),
                    s.closedOn() == null ? "" : " (clôturée le " + s.closedOn().format(FRENCH_DATE) + ")");
        }
        out.flush();
    }
}
