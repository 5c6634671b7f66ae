package fr.raccrochage.cli;

import fr.raccrochage.sms.SmsPreparationService;
import fr.raccrochage.sms.TemplateLinter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@DatabaseAccess(DatabaseAccess.Mode.READS_ONLY)
@Command(name = "verifier", mixinStandardHelpOptions = true,
        description = "Vérifie les modèles de SMS et le nom d'expéditeur des réglages (raccrochage.sms.*) : variables "
                + "autorisées ({prenom}, {numero_appelant}, {page_region}) et aucune autre donnée personnelle, mention "
                + "STOP, expéditeur de 11 lettres ou chiffres au plus ; donne l'encodage (GSM-7 ou UCS-2) et le nombre "
                + "de SMS facturés par message.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class SmsCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final SmsPreparationService sms;

    SmsCheckCommand(SmsPreparationService sms) {
        this.sms = sms;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TemplateLinter.Lint lint = sms.lint();
        out.printf("Expéditeur : %s%n", lint.senderProblem().orElse("correct"));
        for (TemplateLinter.TemplateReport t : lint.templates()) {
            out.printf("%s : %s%n", t.setting(), t.usable() ? "utilisable" : "refusé");
            t.errors().forEach(e -> out.printf("  - %s%n", e));
            out.printf("  avec le prénom « %s » : %s%n", TemplateLinter.PLAIN_NAME, t.typical().describe());
            out.printf("  avec le prénom « %s » : %s%n", TemplateLinter.ACCENTED_NAME, t.accented().describe());
        }
        out.flush();
        return lint.usable() ? ExitCodes.OK : ExitCodes.INPUT_REFUSED;
    }
}
