package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import static fr.raccrochage.core.text.FrenchFormat.count;
import static fr.raccrochage.core.text.FrenchFormat.number;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.core.Waves;
import fr.raccrochage.partners.ClosingSummary;
import fr.raccrochage.partners.Routing.Decision;
import fr.raccrochage.partners.WaveClosingService;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "cloturer", mixinStandardHelpOptions = true,
        description = "Clôture la vague et oriente chaque jeune : injoignables (et sans numéro) vers la mission locale "
                + "et, s'il y en a un, le groupe PRIJ de leur commune (sinon de celle d'un responsable légal) ; "
                + "orientés ML vers la mission locale (rappel sous 15 jours) ; orientés CIO vers le CIO ; rappels en "
                + "attente vers la mission locale (réglage raccrochage.orientation.rappel-ouvert) ; dossiers encore "
                + "ouverts fermés en injoignables ; jeunes suivis par un partenaire signalés à ce partenaire. Ce qu'aucun "
                + "partenaire ne peut prendre va sur la liste de la Région (orientation-region.csv). Le bilan compte "
                + "chaque dossier de la vague. Relancer n'ajoute rien.",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class WaveCloseCommand implements Callable<Integer> {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Spec
    CommandSpec spec;

    @Mixin
    WaveOption wave;

    @Option(names = "--date", paramLabel = "<AAAA-MM-JJ>", description = "Date de clôture (défaut : aujourd'hui).")
    LocalDate closingDate = LocalDate.now();

    private final WaveClosingService closing;
    private final RunLock lock;
    private final Waves waves;

    WaveCloseCommand(WaveClosingService closing, RunLock lock, Waves waves) {
        this.closing = closing;
        this.lock = lock;
        this.waves = waves;
    }

    @Override
    public Integer call() {
        String waveId = wave.existingIn(waves);
        try (RunLock.Held held = lock.acquire()) {
            ClosingSummary summary = closing.close(waveId, closingDate);
            print(spec.commandLine().getOut(), summary);
            return summary.allAccounted() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
        }
    }

    static void print(PrintWriter out, ClosingSummary s) {
        if (s.cases() == 0) {
            out.printf("Vague %s : aucun dossier d'appel (la vague n'a pas encore été planifiée), rien à clôturer.%n", s.waveId());
            out.flush();
            return;
        }
        if (s.decidedNow() == 0) {
            out.printf("Vague %s : déjà clôturée, rien n'a été ajouté.%n", s.waveId());
        }
        out.printf("Vague %s clôturée au %s : %s.%n", s.waveId(), s.closingDate().format(FRENCH_DATE),
                count(s.cases(), "dossier", "dossiers"));
        out.printf("  Dossiers encore ouverts, fermés en INJOIGNABLE : %s, dont %s.%n", number(s.closedOpen()),
                count(s.closedCallbacks(), "avec un rappel en attente", "avec un rappel en attente"));
        int referrals = s.referralsByMotif().values().stream().mapToInt(Integer::intValue).sum();
        out.printf("  Orientés vers un partenaire : %s, %s à %s%s.%n", count(s.decision(Decision.ORIENTE), "dossier", "dossiers"),
                count(referrals, "envoi", "envois"), count(s.partners(), "partenaire", "partenaires"), details(s.referralsByMotif()));
        out.printf("  Liste de la Région : %s%s : %s%n", count(s.decision(Decision.REGION), "dossier", "dossiers"),
                details(s.regionByMotif()), s.regionFile());
        out.printf("  Sans suite (en solution, refus, opposition, déménagement, exclus) : %s%s.%n",
                count(s.decision(Decision.SANS_SUITE), "dossier", "dossiers"), details(s.withoutFollowUp()));
        if (s.allAccounted()) {
            out.printf("  Contrôle : %s + %s + %s = %s, aucun dossier oublié.%n", number(s.decision(Decision.ORIENTE)),
                    number(s.decision(Decision.REGION)), number(s.decision(Decision.SANS_SUITE)),
                    count(s.cases(), "dossier", "dossiers"));
        } else {
            out.printf("  ATTENTION : %s de la vague, %s décidés ; relancez la commande.%n",
                    count(s.cases(), "dossier", "dossiers"), number(s.decided()));
        }
        out.flush();
    }

    private static String details(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "";
        }
        return counts.entrySet().stream().map(e -> e.getKey() + " " + number(e.getValue()))
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
