package fr.raccrochage.cli;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.sms.SmsReturnImportService;
import fr.raccrochage.sms.SmsReturnImportService.ReturnsSummary;
import fr.raccrochage.sms.SmsReturnsFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "importer", mixinStandardHelpOptions = true,
        description = "Importe les retours du prestataire SMS : accusés de réception (DELIVRE, ECHEC, NUMERO_INCONNU) "
                + "et réponses. Une réponse STOP arrête aussitôt les SMS vers ce numéro (et, avec "
                + "raccrochage.sms.stop=OPPOSITION, vaut opposition du jeune) ; un numéro inconnu est retiré des appels "
                + "comme un NUMERO_INVALIDE. Les lignes inutilisables (référence inconnue, numéro auquel rien n'a été "
                + "envoyé, date future...) sont rejetées avec leur numéro et leur motif. Un fichier déjà importé "
                + "n'ajoute rien.",
        synopsisHeading = "Usage : ", parameterListHeading = "%nParamètres :%n", optionListHeading = "%nOptions :%n",
        footer = ExitCodes.FOOTER)
class SmsImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<fichier>", description = "Fichier(s) CSV de retours du prestataire.")
    List<Path> files;

    private final SmsReturnImportService returns;
    private final RunLock lock;

    SmsImportCommand(SmsReturnImportService returns, RunLock lock) {
        this.returns = returns;
        this.lock = lock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean rejected = false;
        try (RunLock.Held held = lock.acquire()) {
            for (SmsReturnsFile file : returns.inspectAll(files)) {
                ReturnsSummary s = returns.importFile(file, LocalDateTime.now());
                print(out, s);
                rejected |= s.rejected() > 0 && !s.alreadyImported();
            }
        }
        return rejected ? ExitCodes.NEEDS_OPERATOR : ExitCodes.OK;
    }

    static void print(PrintWriter out, ReturnsSummary s) {
        if (s.alreadyImported()) {
            out.printf("%s : déjà importé (même contenu), rien n'a été ajouté.%n", s.fileName());
        }
        out.printf("%s : %s, %s, %s, %s.%n", s.fileName(), count(s.read(), "ligne lue", "lignes lues"),
                count(s.stored(), "enregistrée", "enregistrées"), count(s.repeated(), "déjà connue", "déjà connues"),
                count(s.rejected(), "rejetée", "rejetées"));
        if (!s.alreadyImported()) {
            out.printf("  %s, %s, %s ; %s, %s.%n", count(s.delivered(), "SMS délivré", "SMS délivrés"),
                    count(s.failed(), "en échec", "en échec"),
                    count(s.unknownNumbers(), "numéro inconnu (retiré des appels)", "numéros inconnus (retirés des appels)"),
                    count(s.stops(), "réponse STOP", "réponses STOP"),
                    count(s.otherReplies(), "autre réponse (à lire chez le prestataire)",
                            "autres réponses (à lire chez le prestataire)"));
        }
        if (s.rejected() > 0) {
            out.printf("  Lignes rejetées (numéro et motif) : %s%n", s.rejectFile());
        }
        out.flush();
    }
}
