package fr.raccrochage.cli;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.core.Waves;
import fr.raccrochage.sms.SmsPreparationService;
import fr.raccrochage.sms.SmsPreparationService.PreparationSummary;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "preparer", mixinStandardHelpOptions = true,
        description = "Prépare les SMS du jour pour le prestataire : un SMS par dossier ouvert dont la prochaine "
                + "tentative tombe le prochain jour d'appels, au mobile du jeune (jamais à un fixe, à un "
                + "numéro retiré ou qui a répondu STOP, ni à un jeune opposé ou effacé) ; le groupe témoin n'en "
                + "reçoit pas. Écrit sms-<date>.csv (numéro international, message, heure d'envoi prévue, référence sans "
                + "donnée personnelle) et son manifeste. Relancer pour la même date n'ajoute que les dossiers "
                + "devenus concernés.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class SmsPrepareCommand implements Callable<Integer> {

    static final DateTimeFormatter SEND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE);

    @Spec
    CommandSpec spec;

    @Mixin
    WaveOption wave;

    @Option(names = "--date", required = true, paramLabel = "<date>", converter = DateConverter.class,
            description = "Jour de préparation et d'envoi (AAAA-MM-JJ ou JJ/MM/AAAA) : les SMS annoncent les appels "
                    + "du jour d'appels suivant.")
    LocalDate day;

    private final SmsPreparationService sms;
    private final RunLock lock;
    private final Waves waves;

    SmsPrepareCommand(SmsPreparationService sms, RunLock lock, Waves waves) {
        this.sms = sms;
        this.lock = lock;
        this.waves = waves;
    }

    @Override
    public Integer call() {
        String waveId = wave.existingIn(waves);
        PrintWriter out = spec.commandLine().getOut();
        try (RunLock.Held held = lock.acquire()) {
            print(out, sms.prepare(waveId, day, LocalDateTime.now()));
        }
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, PreparationSummary s) {
        out.printf("Vague %s : SMS préparés le %s pour les appels du %s, envoi prévu %s.%n", s.waveId(),
                WavePlanCommand.FRENCH_DATE.format(s.plan().preparedOn()),
                String.join(", ", s.plan().coveredDays().stream().map(WavePlanCommand.FRENCH_DATE::format).toList()),
                SEND_TIME.format(s.plan().sendAt()));
        out.printf("  %s dont la prochaine tentative tombe ces jours-là : %s, %s dans le fichier (%s) ; "
                + "%s, %s, %s, %s, %s.%n",
                count(s.announced(), "dossier", "dossiers"), count(s.newMessages(), "nouveau SMS", "nouveaux SMS"),
                count(s.inFile(), "SMS", "SMS"), count(s.segments(), "segment", "segments"),
                count(s.control(), "dans le groupe témoin", "dans le groupe témoin"),
                count(s.withoutMobile(), "sans mobile", "sans mobile"),
                count(s.stopped(), "numéro ayant répondu STOP", "numéros ayant répondu STOP"),
                count(s.barred(), "retenu (opposition, effacement, numéro retiré)",
                        "retenus (opposition, effacement, numéro retiré)"),
                count(s.tooLate(), "appelé avant l'envoi possible", "appelés avant l'envoi possible"));
        if (s.reminders() > 0) {
            out.printf("  dont %s.%n", count(s.reminders(), "relance", "relances"));
        }
        out.printf("  Fichier pour le prestataire : %s%n  Manifeste : %s%n", s.file(), s.manifest());
        out.flush();
    }
}
