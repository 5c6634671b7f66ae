package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.sample.CallResultSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole wave through the real CLI on H2: generated sample -> siei importer -> doublons resoudre ->
 * vague planifier -> appels du-jour -> (synthetic call centre) -> appels importer -> appels du-jour.
 */
class CallsCliTests {

    @TempDir
    Path home;

    @Test
    void shouldCarryAWaveFromTheListsToTheNextDaysCalls() throws Exception {
        Cli cli = new Cli(home);
        Path sample = home.resolve("exemple");
        assertThat(cli.run("exemple", "generer", "--personnes", "120", "--graine", "11", "--sortie", sample.toString(),
                "--date-reference", "2026-09-01").exitCode()).isZero();
        assertThat(cli.run("siei", "importer", "--vague", "2026-4", "--date-reference", "2026-09-01",
                sample.resolve("siei-en.csv").toString(), sample.resolve("siei-cfa.csv").toString()).exitCode())
                .as("taken; rejected lines ask for an operator").isIn(ExitCodes.OK, ExitCodes.NEEDS_OPERATOR);

        Cli.Result early = cli.run("vague", "planifier", "--vague", "2026-4", "--debut", "2026-11-02", "--fin", "2026-11-27");
        assertThat(early.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(early.err()).contains("pas encore rattaché(s) à un jeune : lancez d'abord « raccrochage doublons "
                + "resoudre --vague 2026-4 »");

        assertThat(cli.run("doublons", "resoudre", "--vague", "2026-4").exitCode()).isZero();
        Cli.Result planned = cli.run("vague", "planifier", "--vague", "2026-4", "--debut", "02/11/2026", "--fin",
                "2026-11-27");
        assertThat(planned.exitCode()).isZero();
        assertThat(planned.out()).containsPattern("Vague 2026-4 \\(appels du 02/11/2026 au 27/11/2026\\) : 1\\d\\d jeunes, "
                + "1\\d\\d à appeler, \\d+ injoignables? sans numéro exploitable, \\d+ écartés?, en ")
                .contains("tentatives planifiées", "Feuille d'appels : " + cli.outputs().resolve("vague-2026-4/feuille-appels.csv"));
        Path sheet = cli.outputs().resolve("vague-2026-4/feuille-appels.csv");
        assertThat(Files.readAllLines(sheet, StandardCharsets.UTF_8).get(1)).startsWith("V2026-4-000001;");

        Cli.Result again = cli.run("vague", "planifier", "--vague", "2026-4", "--debut", "2026-11-02", "--fin", "2026-11-27");
        assertThat(again.out()).containsPattern("Vague 2026-4 : les [0-9  ]+ jeunes avaient déjà un dossier d'appel, rien "
                + "n'a été ajouté \\(feuille d'appels : ").doesNotContain("tentatives planifiées", "écartés");
        Cli.Result otherDates = cli.run("vague", "planifier", "--vague", "2026-4", "--debut", "2026-11-09", "--fin",
                "2026-11-27");
        assertThat(otherDates.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(otherDates.err()).contains("La vague 2026-4 est déjà planifiée du 02/11/2026 au 27/11/2026");

        Cli.Result due = cli.run("appels", "du-jour", "--date", "2026-11-02");
        assertThat(due.exitCode()).isZero();
        Path dueList = cli.outputs().resolve("vague-2026-4/appels-du-jour-2026-11-02.csv");
        assertThat(due.out()).containsPattern("Vague 2026-4 : \\d+ tentatives prévues le 02/11/2026, écrites dans "
                + java.util.regex.Pattern.quote(dueList.toString()));
        Path results = home.resolve("resultats-2026-11-02.csv");
        int simulated = new CallResultSimulator(5).simulate(dueList, results);
        assertThat(simulated).isPositive();

        Cli.Result imported = cli.run("appels", "importer", "--vague", "2026-4", results.toString());
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("resultats-2026-11-02.csv : " + FrenchFormat.count(simulated, "ligne lue",
                "lignes lues") + ", " + FrenchFormat.count(simulated, "enregistrée", "enregistrées")
                + ", 0 déjà connue, 0 rejetée, en ")
                .containsPattern("Vague 2026-4 : à appeler : \\d+, en solution : \\d+, ");

        Cli.Result reimported = cli.run("appels", "importer", "--vague", "2026-4", results.toString());
        // What this run did, not the first import's counts as if they were new.
        assertThat(reimported.out()).contains(
                "resultats-2026-11-02.csv : déjà importé dans cette vague (même contenu), rien n'a été ajouté (lors de son "
                        + "import : " + FrenchFormat.count(simulated, "ligne enregistrée", "lignes enregistrées") + ", 0 rejetée).")
                .doesNotContain("lignes lues");

        // The next day's list no longer holds the attempts made: every case was re-planned after the import.
        assertThat(cli.run("appels", "du-jour", "--date", "2026-11-03").exitCode()).isZero();
        List<String> next = Files.readAllLines(cli.outputs().resolve("vague-2026-4/appels-du-jour-2026-11-03.csv"),
                StandardCharsets.UTF_8);
        assertThat(next.get(0)).isEqualTo("\uFEFFID_APPEL;TENTATIVE;DATE;HEURE;CRENEAU;NUMERO;TITULAIRE;NOM;PRENOM;AGE;"
                + "RAPPEL_DEMANDE;TENTATIVES_FAITES;DERNIER_RESULTAT");
        assertThat(next).hasSizeGreaterThan(1);
        assertThat(next.subList(1, next.size())).allMatch(l -> l.split(";", -1)[2].equals("03/11/2026"))
                .anyMatch(l -> l.split(";", -1)[11].equals("1"));
    }

    @Test
    void shouldRefuseAResultsFileWithoutItsColumnsAndStoreNothing() throws Exception {
        Cli cli = new Cli(home);
        Path list = fr.raccrochage.ingestion.SieiFiles.sampleWave(home.resolve("liste.csv"));
        cli.run("siei", "importer", "--vague", "2026-1", "--date-reference", "2026-09-01", list.toString());
        cli.run("doublons", "resoudre", "--vague", "2026-1");
        cli.run("vague", "planifier", "--vague", "2026-1", "--debut", "2026-11-02", "--fin", "2026-11-27");
        Path bad = Files.writeString(home.resolve("resultats.csv"), "ID_APPEL;RESULTAT\nV2026-1-000001;NRP\n");

        Cli.Result result = cli.run("appels", "importer", "--vague", "2026-1", bad.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(result.err()).contains("Fichier refusé : le fichier de résultats d'appels « resultats.csv » n'a pas la "
                + "ou les colonne(s) obligatoire(s) TENTATIVE, DATE_APPEL, NUMERO (en-tête attendu : ID_APPEL;TENTATIVE;")
                .contains("Rien n'a été enregistré.");
    }

    @Test
    void shouldSimulateTheSameResultsForTheSameSeed() throws Exception {
        Path due = Files.writeString(home.resolve("du-jour.csv"), "\uFEFFID_APPEL;TENTATIVE;DATE;HEURE;CRENEAU;NUMERO\n"
                + "V1-000001;1;02/11/2026;18:00;soiree;06 12 00 00 01\nV1-000002;1;02/11/2026;09:00;matin;06 12 00 00 02\n",
                StandardCharsets.UTF_8);

        new CallResultSimulator(3).simulate(due, home.resolve("a.csv"));
        new CallResultSimulator(3).simulate(due, home.resolve("b.csv"));

        assertThat(Files.mismatch(home.resolve("a.csv"), home.resolve("b.csv"))).isEqualTo(-1);
        List<String> lines = Files.readAllLines(home.resolve("a.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFID_APPEL;TENTATIVE;DATE_APPEL;NUMERO;RESULTAT;DATE_RAPPEL;SOLUTION;"
                + "COMMENTAIRE;AGENT");
        assertThat(lines.get(1)).startsWith("V1-000001;1;02/11/2026 18:0").contains(";06 12 00 00 01;");
    }
}
