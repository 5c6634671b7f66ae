package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.partners.FeedbackImportService;
import fr.raccrochage.partners.FeedbackImportService.FeedbackImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "importer", mixinStandardHelpOptions = true,
        description = "Importe les retours d'un partenaire (ID_APPEL;PARTENAIRE_ID;STATUT;DATE, STATUT CONTACTE, "
                + "ACCOMPAGNE, SORTIE_POSITIVE, INJOIGNABLE ou REFUS, DATE JJ/MM/AAAA). Une ligne sur un dossier inconnu, "
                + "jamais envoyé à ce partenaire, au statut ou à la date invalide est rejetée avec son numéro et son "
                + "motif ; le reste est enregistré. Un fichier déjà importé n'ajoute rien. Code de sortie 6 quand des lignes sont rejetées.",
        synopsisHeading = "Usage : ", parameterListHeading = "%nParamètres :%n", optionListHeading = "%nOptions :%n",
        footer = ExitCodes.FOOTER)
class FeedbackImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<fichier>", description = "Fichier CSV ou .xlsx des retours.")
    Path file;

    @Mixin
    SheetOption sheet;

    private final FeedbackImportService feedback;
    private final RunLock lock;

    FeedbackImportCommand(FeedbackImportService feedback, RunLock lock) {
        this.feedback = feedback;
        this.lock = lock;
    }

    @Override
    public Integer call() {
        try (RunLock.Held held = lock.acquire()) {
            FeedbackImport result = feedback.importFile(file, sheet.sheet(), LocalDate.now());
            print(spec.commandLine().getOut(), result);
            return !result.alreadyImported() && result.rejected() > 0 ? ExitCodes.NEEDS_OPERATOR : ExitCodes.OK;
        }
    }

    static void print(PrintWriter out, FeedbackImport r) {
        if (r.alreadyImported()) {
            out.printf("%s : déjà importé (même contenu), rien n'a été ajouté.%n", r.fileName());
        } else {
            out.printf("%s : %s, %s, %s, %s.%n", r.fileName(), count(r.read(), "ligne lue", "lignes lues"),
                    count(r.stored(), "enregistrée", "enregistrées"), count(r.known(), "déjà connue", "déjà connues"),
                    count(r.rejected(), "rejetée", "rejetées"));
            if (r.rejected() > 0) {
                out.printf("  Lignes rejetées (numéro et motif) : %s%n", r.rejectFile());
            }
        }
        out.flush();
    }
}
