package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import static fr.raccrochage.core.text.FrenchFormat.duration;
import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.core.Waves;
import fr.raccrochage.ingestion.ImportProgress;
import fr.raccrochage.ingestion.SieiFileFormat;
import fr.raccrochage.ingestion.SieiImportService;
import fr.raccrochage.ingestion.SieiImportService.ImportSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "importer", mixinStandardHelpOptions = true,
        description = "Importe une ou plusieurs listes SIEI (CSV ou classeur .xlsx) dans une vague. Encodage "
                + "(UTF-8, Windows-1252) et séparateur (« ; » ou « , ») sont détectés ; les lignes inutilisables sont rejetées avec leur "
                + "numéro et leur motif dans un fichier de rejets. Un fichier déjà importé dans la vague n'ajoute "
                + "rien ; un import interrompu reprend là où il s'était arrêté. La vague nommée est créée si elle "
                + "n'existe pas encore (et le bilan le dit). Code de sortie 6 quand des lignes sont rejetées.",
        synopsisHeading = "Usage : ", parameterListHeading = "%nParamètres :%n", optionListHeading = "%nOptions :%n",
        footer = ExitCodes.FOOTER)
class SieiImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WaveOption wave;

    @Parameters(arity = "1..*", paramLabel = "<fichier>", description = "Fichier(s) CSV ou .xlsx de la liste SIEI.")
    List<Path> files;

    @Mixin
    SheetOption sheet;

    @Option(names = "--date-reference", paramLabel = "<AAAA-MM-JJ>",
            description = "Date à laquelle les âges sont calculés (défaut : aujourd'hui).")
    LocalDate referenceDate = LocalDate.now();

    private final SieiImportService imports;
    private final RunLock lock;
    private final ImportProgress progress;
    private final Waves waves;

    SieiImportCommand(SieiImportService imports, RunLock lock, ImportProgress progress, Waves waves) {
        this.waves = waves;
        this.imports = imports;
        this.lock = lock;
        this.progress = progress;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (RunLock.Held held = lock.acquire()) {
            List<SieiFileFormat> formats = imports.inspectAll(files, sheet.sheet());
            boolean created = !waves.exists(wave.waveId());
            boolean rejected = false;
            for (SieiFileFormat format : formats) {
                ImportSummary summary = importWithProgress(format);
                if (created) {
                    out.printf("Vague %s créée (première liste importée).%n", wave.waveId());
                    created = false;
                }
                print(out, summary, format);
                rejected |= !summary.alreadyImported() && summary.rejected() > 0;
            }
            return rejected ? ExitCodes.NEEDS_OPERATOR : ExitCodes.OK;
        }
    }

    private ImportSummary importWithProgress(SieiFileFormat format) {
        if (System.console() == null) {
            return imports.importFile(wave.waveId(), format, referenceDate);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(format.fileName()).setInitialMax(format.size())
                .setStyle(ProgressBarStyle.ASCII).setUnit(" Mo", 1_000_000).showSpeed().build()) {
            progress.listen(bar::stepTo);
            ImportSummary summary = imports.importFile(wave.waveId(), format, referenceDate);
            bar.stepTo(format.size());
            return summary;
        } finally {
            progress.stopListening();
        }
    }

    static void print(PrintWriter out, ImportSummary s, SieiFileFormat format) {
        if (s.alreadyImported()) {
            // The figures are the first import's: this run added nothing, and says only that.
            out.printf("%s : déjà importé dans cette vague (même contenu), rien n'a été ajouté (lors de son import : %s, %s).%n",
                    s.fileName(), count(s.stored(), "ligne enregistrée", "lignes enregistrées"),
                    count(s.rejected(), "rejetée", "rejetées"));
            out.flush();
            return;
        }
        out.printf("%s (%s) : %s, %s, %s, %s, en %s.%n",
                s.fileName(), format.inbound().describe(),
                count(s.read(), "ligne lue", "lignes lues"), count(s.stored(), "enregistrée", "enregistrées"),
                count(s.rejected(), "rejetée", "rejetées"), count(s.flagged(), "signalée", "signalées"),
                duration(s.duration()));
        if (s.rejected() > 0) {
            out.printf("  Lignes rejetées (numéro et motif) : %s%n", s.rejectFile());
        }
        out.flush();
    }
}
