package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import static fr.raccrochage.core.text.FrenchFormat.count;
import static fr.raccrochage.core.text.FrenchFormat.duration;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.identity.KnownCaseImportService;
import fr.raccrochage.identity.KnownCaseImportService.KnownCaseFileCheck;
import fr.raccrochage.identity.KnownCaseImportService.KnownCaseSummary;
import fr.raccrochage.identity.KnownCaseStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "importer", mixinStandardHelpOptions = true,
        description = "Importe des listes de jeunes déjà connus (CSV « ; » UTF-8 : "
                + "INE;NOM;PRENOM;DATE_NAISSANCE;PARTENAIRE_ID;STATUT;DATE, statut SUIVI, EN_SOLUTION ou "
                + "OPPOSITION) et rattache chaque ligne à un jeune du registre, avec le même moteur que les "
                + "doublons : rattachée quand l'INE le confirme, à vérifier quand seuls les noms et la date de "
                + "naissance concordent, un nouveau jeune sinon. Une opposition à vérifier s'applique aussi, par "
                + "précaution, aux jeunes qu'elle pourrait désigner. Les lignes inutilisables sont rejetées avec "
                + "leur numéro et leur motif. Un fichier déjà importé n'ajoute rien. Code de sortie 6 quand des lignes sont rejetées.",
        synopsisHeading = "Usage : ", parameterListHeading = "%nParamètres :%n", optionListHeading = "%nOptions :%n",
        footer = ExitCodes.FOOTER)
class KnownCaseImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<fichier>", description = "Fichier(s) CSV ou .xlsx de jeunes connus.")
    List<Path> files;

    @Mixin
    SheetOption sheet;

    private final KnownCaseImportService imports;
    private final RunLock lock;

    KnownCaseImportCommand(KnownCaseImportService imports, RunLock lock) {
        this.imports = imports;
        this.lock = lock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (RunLock.Held held = lock.acquire()) {
            // every file is read and checked first: a refused file means none is imported
            List<KnownCaseFileCheck> checked = new ArrayList<>();
            for (Path file : files) {
                checked.add(imports.check(file, sheet.sheet()));
            }
            boolean rejected = false;
            for (KnownCaseFileCheck file : checked) {
                KnownCaseSummary summary = imports.importFile(file);
                print(out, summary);
                rejected |= !summary.alreadyImported() && summary.rejected() > 0;
            }
            return rejected ? ExitCodes.NEEDS_OPERATOR : ExitCodes.OK;
        }
    }

    static void print(PrintWriter out, KnownCaseSummary s) {
        if (s.alreadyImported()) {
            out.printf("%s : déjà importé (même contenu), rien n'a été ajouté (lors de son import : %s, %s).%n",
                    s.fileName(), count(s.stored(), "ligne enregistrée", "lignes enregistrées"),
                    count(s.rejected(), "rejetée", "rejetées"));
            out.flush();
            return;
        }
        out.printf("%s : %s, %s, %s, %s, %s, en %s.%n", s.fileName(),
                count(s.read(), "ligne lue", "lignes lues"),
                count(s.linked(), "rattachée à un jeune déjà connu", "rattachées à un jeune déjà connu"),
                count(s.newPersons(), "jeune nouveau", "jeunes nouveaux"),
                count(s.toReview(), "à vérifier", "à vérifier"),
                count(s.rejected(), "rejetée", "rejetées"),
                duration(s.duration()));
        out.printf("  Par statut : %s SUIVI, %s EN_SOLUTION, %s OPPOSITION ; %s.%n",
                FrenchFormat.number(s.byStatus().get(KnownCaseStatus.SUIVI)),
                FrenchFormat.number(s.byStatus().get(KnownCaseStatus.EN_SOLUTION)),
                FrenchFormat.number(s.byStatus().get(KnownCaseStatus.OPPOSITION)),
                count(s.oppositions(), "opposition enregistrée", "oppositions enregistrées"));
        if (s.rejected() > 0) {
            out.printf("  Lignes rejetées (numéro et motif) : %s%n", s.rejectFile());
        }
        out.flush();
    }
}
