package fr.raccrochage.cli;

import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.core.text.FrenchFormat;
import static fr.raccrochage.core.text.FrenchFormat.count;
import static fr.raccrochage.core.text.FrenchFormat.duration;

import fr.raccrochage.calls.CallResultImportService;
import fr.raccrochage.calls.CallResultImportService.ResultsSummary;
import fr.raccrochage.calls.CallResultImportService.WaveStatus;
import fr.raccrochage.calls.CallResultsFile;
import fr.raccrochage.calls.ReplanRefusedException;
import fr.raccrochage.core.RunLock;
import fr.raccrochage.core.Waves;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "importer", mixinStandardHelpOptions = true,
        description = "Importe un ou plusieurs fichiers de résultats d'appels du centre d'appels dans une vague "
                + "(une ligne par tentative). Les lignes inutilisables sont rejetées avec leur numéro et leur motif ; "
                + "un résultat final clôt le dossier, FAUX_NUMERO et NUMERO_INVALIDE retirent le numéro, RAPPEL "
                + "planifie le rappel demandé, OPPOSITION vaut pour toutes les vagues suivantes. Les tentatives "
                + "restantes sont re-planifiées. Un appel daté après l'import est rejeté ; un fichier dont la "
                + "replanification repousserait une grande part des tentatives de plus de quatre jours, ou "
                + "viderait le prochain jour d'appels, n'est pas pris (code 6, motif affiché) sauf avec "
                + "--accepter-replanification. Un fichier déjà importé dans la vague n'ajoute rien. "
                + "Code de sortie 6 quand des lignes sont rejetées.",
        synopsisHeading = "Usage : ", parameterListHeading = "%nParamètres :%n", optionListHeading = "%nOptions :%n",
        footer = ExitCodes.FOOTER)
class CallResultImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WaveOption wave;

    @Parameters(arity = "1..*", paramLabel = "<fichier>", description = "Fichier(s) CSV ou .xlsx de résultats d'appels.")
    List<Path> files;

    @Mixin
    SheetOption sheet;

    @Option(names = "--accepter-replanification",
            description = "Prend le fichier même si sa replanification repousse beaucoup de tentatives ou vide le "
                    + "prochain jour d'appels (après vérification de ses dates).")
    boolean acceptReplan;

    private final CallResultImportService imports;
    private final RunLock lock;
    private final Waves waves;

    CallResultImportCommand(CallResultImportService imports, RunLock lock, Waves waves) {
        this.imports = imports;
        this.lock = lock;
        this.waves = waves;
    }

    @Override
    public Integer call() {
        String waveId = wave.existingIn(waves);
        PrintWriter out = spec.commandLine().getOut();
        try (RunLock.Held held = lock.acquire()) {
            List<CallResultsFile> inspected = imports.inspectAll(waveId, files, sheet.sheet());
            boolean needsOperator = false;
            CallResultImportService.Intake intake = new CallResultImportService.Intake(
                    CallResultImportService.Intake.now().takenAt(), acceptReplan);
            for (int i = 0; i < inspected.size(); i++) {
                CallResultsFile file = inspected.get(i);
                try {
                    ResultsSummary summary = imports.importFile(waveId, file, intake);
                    print(out, summary);
                    needsOperator |= !summary.alreadyImported() && summary.rejected() > 0;
                } catch (ReplanRefusedException e) {
                    out.printf("%s : non pris. %s%n", files.get(i).getFileName(), e.getMessage());
                    needsOperator = true;
                }
            }
            print(out, waveId, imports.status(waveId));
            return needsOperator ? ExitCodes.NEEDS_OPERATOR : ExitCodes.OK;
        }
    }

    static void print(PrintWriter out, ResultsSummary s) {
        if (s.alreadyImported()) {
            // The figures are the first import's: this run added nothing, and says only that.
            out.printf("%s : déjà importé dans cette vague (même contenu), rien n'a été ajouté "
                    + "(lors de son import : %s, %s).%n", s.fileName(), count(s.stored(), "ligne enregistrée", "lignes enregistrées"),
                    count(s.rejected(), "rejetée", "rejetées"));
            out.flush();
            return;
        }
        out.printf("%s : %s, %s, %s, %s, en %s.%n", s.fileName(), count(s.read(), "ligne lue", "lignes lues"),
                count(s.stored(), "enregistrée", "enregistrées"), count(s.repeated(), "déjà connue", "déjà connues"),
                count(s.rejected(), "rejetée", "rejetées"), duration(s.duration()));
        if (s.rejected() > 0) {
            out.printf("  Lignes rejetées (numéro et motif) : %s%n", s.rejectFile());
        }
        out.flush();
    }

    static void print(PrintWriter out, String waveId, WaveStatus s) {
        StringBuilder line = new StringBuilder();
        for (CaseStatus status : CaseStatus.values()) {
            line.append(line.isEmpty() ? "" : ", ").append(status.countLabel()).append(" : ")
                    .append(FrenchFormat.number(s.byStatus().getOrDefault(status.name(), 0)));
        }
        out.printf("Vague %s : %s.%n  %s à venir", waveId, line,
                count(s.attemptsPlanned(), "tentative planifiée", "tentatives planifiées"));
        if (s.openWithoutAttempt() > 0) {
            out.printf(" ; %s à appeler sans tentative possible d'ici la fin de la vague",
                    count(s.openWithoutAttempt(), "dossier", "dossiers"));
        }
        out.printf(".%n");
        out.flush();
    }
}
