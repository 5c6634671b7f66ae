package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.sample.SmsProviderSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SMS before the calls through the real CLI on H2: generated sample -> siei importer -> doublons
 * resoudre -> vague planifier -> sms verifier -> sms preparer -> (synthetic provider) -> sms importer,
 * and the provider's returns dropped in the night's inbox.
 */
class SmsCliTests {

    @TempDir
    Path home;

    @Test
    void shouldPrepareTheSmsFileAndTakeTheProvidersReturns() throws Exception {
        Cli cli = new Cli(home);
        Path sample = home.resolve("exemple");
        assertThat(cli.run("exemple", "generer", "--personnes", "60", "--graine", "15", "--sortie", sample.toString(),
                "--date-reference", "2026-09-01").exitCode()).isZero();
        assertThat(cli.run("siei", "importer", "--vague", "2026-4", "--date-reference", "2026-09-01",
                sample.resolve("siei-en.csv").toString()).exitCode())
                .as("the generator's invalid lines are rejected: exit 6").isEqualTo(ExitCodes.NEEDS_OPERATOR);
        assertThat(cli.run("doublons", "resoudre", "--vague", "2026-4").exitCode()).isZero();

        Cli.Result early = cli.run("sms", "preparer", "--vague", "2026-4", "--date", "2026-10-31");
        assertThat(early.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(early.err()).contains("La vague 2026-4 n'est pas encore planifiée");

        assertThat(cli.run("vague", "planifier", "--vague", "2026-4", "--debut", "2026-11-02", "--fin", "2026-11-27")
                .exitCode()).isZero();
        Cli.Result checked = cli.run("sms", "verifier");
        assertThat(checked.exitCode()).isZero();
        assertThat(checked.out()).contains("Expéditeur : correct", "raccrochage.sms.modele : utilisable",
                "avec le prénom « Mathilde » : GSM-7, 242 septets, 2 SMS",
                "avec le prénom « Jérôme » : UCS-2, 240 unités UTF-16, 4 SMS");

        Cli.Result prepared = cli.run("sms", "preparer", "--vague", "2026-4", "--date", "31/10/2026");
        assertThat(prepared.exitCode()).as(prepared.err()).isZero();
        Path batch = cli.outputs().resolve("vague-2026-4/sms/sms-2026-10-31.csv");
        assertThat(prepared.out()).contains("Vague 2026-4 : SMS préparés le 31/10/2026 pour les appels du 02/11/2026, "
                + "envoi prévu samedi 31 octobre 2026 à 18h00.", "Fichier pour le prestataire : " + batch,
                "Manifeste : " + cli.outputs().resolve("vague-2026-4/sms/manifeste-sms-2026-10-31.csv"))
                .containsPattern("\\d+ nouveaux SMS, \\d+ SMS dans le fichier");
        List<String> lines = Files.readAllLines(batch, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFreference;numero;message;envoi_prevu;expediteur");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(l -> assertThat(l)
                .matches("SMS1-\\d{5};\\+33[67]\\d{8};Bonjour [^;]+, la Région va vous appeler [^;]+ Répondez STOP pour ne "
                        + "plus recevoir de SMS\\.;2026-10-31T18:00:00\\+01:00;REGIONIDF"));

        Cli.Result again = cli.run("sms", "preparer", "--vague", "2026-4", "--date", "2026-10-31");
        assertThat(again.out()).contains("0 nouveau SMS");

        Path returns = home.resolve("retours-sms.csv");
        int simulated = new SmsProviderSimulator(3).simulate(batch, returns);
        Cli.Result imported = cli.run("sms", "importer", returns.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("retours-sms.csv : " + fr.raccrochage.core.text.FrenchFormat.count(simulated,
                "ligne lue", "lignes lues")).contains("0 rejetée", "SMS délivrés");
        Cli.Result reimported = cli.run("sms", "importer", returns.toString());
        assertThat(reimported.out()).contains("retours-sms.csv : déjà importé (même contenu), rien n'a été ajouté.");

        // Bad lines are rejected with their reason, and the operator is asked to look (exit 6).
        Path bad = home.resolve("retours-douteux.csv");
        Files.writeString(bad, "REFERENCE;NUMERO;TYPE;STATUT;DATE;TEXTE\n"
                + "SMS9-00001;+33612345678;ACCUSE;DELIVRE;2026-10-31T18:05;\n", StandardCharsets.UTF_8);
        Cli.Result rejected = cli.run("sms", "importer", bad.toString());
        assertThat(rejected.exitCode()).isEqualTo(ExitCodes.NEEDS_OPERATOR);
        assertThat(rejected.out()).contains("1 rejetée", "Lignes rejetées (numéro et motif) : ");
        assertThat(Files.readString(cli.outputs().resolve("sms-retours/rejets/retours-douteux.rejets.csv"),
                StandardCharsets.UTF_8)).contains("2;REFERENCE « SMS9-00001 » inconnue;");

        // A file without the required columns is refused whole (exit 3).
        Path refused = home.resolve("pas-des-retours.csv");
        Files.writeString(refused, "A;B\n1;2\n", StandardCharsets.UTF_8);
        Cli.Result refusal = cli.run("sms", "importer", refused.toString());
        assertThat(refusal.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(refusal.err()).contains("colonne(s) obligatoire(s) absente(s) de l'en-tête : NUMERO, TYPE, DATE.");

        // The night takes the provider's returns from its inbox.
        String reference = lines.get(1).split(";")[0];
        String number = lines.get(1).split(";")[1];
        Path inbox = cli.data().resolve("arrivee/sms-retours/stop.csv");
        Files.createDirectories(inbox.getParent());
        Files.writeString(inbox, "REFERENCE;NUMERO;TYPE;STATUT;DATE;TEXTE\n" + reference + ";" + number
                + ";REPONSE;;2026-10-31T20:15;Stop\n", StandardCharsets.UTF_8);
        Cli.Result night = cli.run("nuit", "--date", "2026-11-02");
        assertThat(night.out()).contains("retours du prestataire SMS « stop.csv » pris : 1 ligne lue, 1 enregistrée",
                "SMS avant les appels", "SMS désactivés (raccrochage.sms.actif=false)");
        Cli.Result rewritten = cli.run("sms", "preparer", "--vague", "2026-4", "--date", "2026-10-31");
        assertThat(rewritten.exitCode()).isZero();
        assertThat(Files.readString(batch, StandardCharsets.UTF_8)).doesNotContain(reference + ";");

        // With SMS on, the night prepares the day's batch of every wave being called.
        System.setProperty("raccrochage.sms.actif", "true");
        try {
            Cli.Result smsNight = cli.run("nuit", "--date", "2026-11-03");
            assertThat(smsNight.out()).containsPattern("SMS avant les appels[^\\n]*\\R\\s*- vague 2026-4 : \\d+ nouveaux? SMS, "
                    + "\\d+ SMS dans " + java.util.regex.Pattern.quote(
                            cli.outputs().resolve("vague-2026-4/sms/sms-2026-11-03.csv").toString()));
        } finally {
            System.clearProperty("raccrochage.sms.actif");
        }
        assertThat(cli.outputs().resolve("vague-2026-4/sms/manifeste-sms-2026-11-03.csv")).exists();

        assertThat(cli.run("sms", "preparer", "--vague", "INCONNUE", "--date", "2026-10-31").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("sms", "preparer", "--vague", "2026-4", "--date", "demain").exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }
}
