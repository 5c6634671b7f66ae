package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.core.RunLock;
import fr.raccrochage.core.Waves;
import fr.raccrochage.partners.ExportRun;
import fr.raccrochage.partners.ExportedFile;
import fr.raccrochage.partners.PartnerArchive;
import fr.raccrochage.partners.WithdrawalFile;
import fr.raccrochage.partners.PartnerExportService;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "exporter", mixinStandardHelpOptions = true,
        description = "Écrit un fichier par partenaire avec les jeunes qui lui sont orientés et ne lui ont pas encore "
                + "été envoyés (seulement ses communes, seulement les champs utiles à sa mission ; « ; », UTF-8 avec "
                + "BOM, dates JJ/MM/AAAA), lisible par son seul propriétaire, dans sorties/exports/<date-heure>/ avec un "
                + "manifeste (fichiers, lignes, SHA-256). Chaque envoi est journalisé ; un jeune n'est envoyé qu'une fois "
                + "à un partenaire, sauf --renvoyer. Affiche les totaux ; le détail par fichier est dans le "
                + "manifeste (ou à l'écran avec --detail).",
        synopsisHeading = "Usage : ", optionListHeading = "%nOptions :%n", footer = ExitCodes.FOOTER)
class PartnerExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OptionalWave wave;

    @Option(names = "--renvoyer", arity = "1..*", paramLabel = "<partenaire|id_appel>",
            description = "Renvoie aussi ce qui a déjà été envoyé à ce partenaire, ou ce dossier.")
    List<String> resend = List.of();

    @Option(names = "--operateur", paramLabel = "<nom>",
            description = "Qui fait l'export, pour le journal des actions (défaut : l'utilisateur du système).")
    String operator = fr.raccrochage.core.privacy.OperatorJournal.osUser();

    @Option(names = "--detail", description = "Affiche aussi une ligne par fichier écrit.")
    boolean detail;

    private final PartnerExportService exports;
    private final RunLock lock;
    private final Waves waves;

    PartnerExportCommand(PartnerExportService exports, RunLock lock, Waves waves) {
        this.exports = exports;
        this.lock = lock;
        this.waves = waves;
    }

    @Override
    public Integer call() {
        String waveId = wave.existingIn(waves);
        try (RunLock.Held held = lock.acquire()) {
            print(spec.commandLine().getOut(), exports.export(waveId, resend, LocalDateTime.now(), operator,
                    fr.raccrochage.core.privacy.OperatorJournal.Channel.CLI), detail);
        } catch (PartnerExportService.UnknownResendException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return ExitCodes.OK;
    }

    private static String archive(PartnerArchive archive) {
        return archive == null ? "" : " ; archive chiffrée à envoyer : " + archive.file().getFileName();
    }

    static void print(PrintWriter out, ExportRun run, boolean detail) {
        if (run.files().isEmpty() && run.withdrawals().isEmpty()) {
            out.printf("Rien de nouveau à envoyer : toutes les orientations ont déjà été envoyées à leur partenaire.%n");
        } else {
            out.printf("%s, %s écrits dans %s%n", count(run.files().size(), "fichier", "fichiers"),
                    count(run.rows(), "jeune", "jeunes"), run.directory());
            if (!run.withdrawals().isEmpty()) {
                out.printf("%s (jeunes qu'un partenaire ne suit plus, annuaire modifié)%n",
                        count(run.withdrawals().size(), "fichier de retrait", "fichiers de retrait"));
            }
            for (ExportedFile f : detail ? run.files() : List.<ExportedFile>of()) {
                List<String> notes = new java.util.ArrayList<>();
                if (f.resent() > 0) {
                    notes.add("dont " + count(f.resent(), "renvoi", "renvois"));
                }
                if (f.rerouted() > 0) {
                    notes.add("dont " + count(f.rerouted(), "réorientation", "réorientations") + " (annuaire modifié)");
                }
                out.printf("  %s : %s%s%s%n", f.file().getFileName(), count(f.rows(), "ligne", "lignes"),
                        notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")", archive(f.archive()));
            }
            for (WithdrawalFile w : detail ? run.withdrawals() : List.<WithdrawalFile>of()) {
                out.printf("  %s : %s que %s ne suit plus (annuaire modifié)%s%n", w.file().getFileName(),
                        count(w.rows(), "jeune", "jeunes"), w.partnerId(), archive(w.archive()));
            }
            out.printf("Manifeste (fichiers, lignes, SHA-256) : %s%n", run.manifest());
            if (run.files().stream().anyMatch(f -> f.archive() != null)
                    || run.withdrawals().stream().anyMatch(w -> w.archive() != null)) {
                out.printf("Envoyer les archives .zip (AES-256) ; le mot de passe de chaque partenaire se donne par un autre "
                        + "canal : raccrochage partenaires secret <partenaire>.%n");
            }
        }
        if (run.withheld() > 0) {
            out.printf("%s non %s : l'annuaire actuel ne donne plus ce partenaire pour la commune, et aucun autre "
                    + "partenaire du même type (ou le jeune est suivi par ce partenaire) : à traiter par la Région.%n",
                    count(run.withheld(), "orientation", "orientations"),
                    run.withheld() > 1 ? "envoyées" : "envoyée");
        }
        out.flush();
    }
}
