package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.RunLock;
import fr.raccrochage.ingestion.SieiFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real CLI: French messages, exit codes, files written, nothing stored on refusal. */
class CliEndToEndTests {

    @TempDir
    Path home;

    @Test
    void shouldPrintTheTopCommandsHelpExactly() throws Exception {
        String expected = new String(getClass().getResourceAsStream("/cli/aide-raccrochage.txt").readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(new Cli(home).run("--help").out()).isEqualTo(expected);
    }

    @Test
    void shouldListTheCommandsAndExitCodesInFrenchHelp() {
        Cli.Result result = new Cli(home).run("aide", "siei", "importer");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage : raccrochage siei importer", "Affiche cette aide et quitte.", "3  fichier ou donnée refusé(e), rien n'a été enregistré",
                "5  une autre exécution est en cours sur ces données");
    }

    @Test
    void shouldAnswerAWrongOptionWithAFrenchMessageAndExitCode2() {
        Cli.Result result = new Cli(home).run("siei", "importer", "fichier.csv");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("Option obligatoire manquante : --vague=<id>");
    }

    @Test
    void shouldRefuseABadWaveIdentifier() {
        Cli.Result result = new Cli(home).run("vague", "extraire", "--vague", "a b", "--sortie", "x.csv");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("Identifiant de vague invalide : « a b »");
    }

    @Test
    void shouldImportThenExtractAWave() throws Exception {
        Cli cli = new Cli(home);
        Path list = SieiFiles.sampleWave(home.resolve("entree/liste.csv"));

        Cli.Result imported = cli.run("siei", "importer", "--vague", "2026-1", "--date-reference", "2026-09-01", list.toString());
        assertThat(imported.exitCode()).as("rejected lines ask for an operator").isEqualTo(ExitCodes.NEEDS_OPERATOR);
        assertThat(imported.out()).contains(
                "liste.csv (UTF-8 avec BOM, séparateur « ; ») : 8 lignes lues, 6 enregistrées, 2 rejetées, 2 signalées",
                "Lignes rejetées (numéro et motif) : " + cli.outputs().resolve("vague-2026-1/rejets/liste.rejets.csv"));

        Path output = home.resolve("extraction.csv");
        Cli.Result extracted = cli.run("vague", "extraire", "--vague", "2026-1", "--sortie", output.toString());
        assertThat(extracted.exitCode()).isZero();
        assertThat(extracted.out()).contains("Vague 2026-1 : 8 enregistrements écrits dans " + output);
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(9);
        assertThat(lines.get(9 - 1)).startsWith("10;liste.csv;ACCEPTE;;Garcia;Sofia;15/06/2008;F;+33130405060;95127;Cergy;RESP2;");

        Cli.Result again = cli.run("siei", "importer", "--vague", "2026-1", list.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("liste.csv : déjà importé dans cette vague (même contenu), rien n'a été ajouté "
                + "(lors de son import : 6 lignes enregistrées, 2 rejetées).").doesNotContain("lignes lues");
    }

    @Test
    void shouldRefuseAllFilesWhenOneCannotBeReadAndStoreNothing() throws Exception {
        Cli cli = new Cli(home);
        Path good = SieiFiles.sampleWave(home.resolve("bonne.csv"));
        Path bad = Files.writeString(home.resolve("mauvaise.csv"), "NOM;PRENOM\nMartin;Léo\n");

        Cli.Result result = cli.run("siei", "importer", "--vague", "2026-2", good.toString(), bad.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(result.err()).isEqualToIgnoringNewLines(bad + " : Fichier refusé : colonne(s) obligatoire(s) absente(s) "
                + "de l'en-tête : DATE_NAISSANCE. Rien n'a été enregistré.");
        Cli.Result extract = cli.run("vague", "extraire", "--vague", "2026-2", "--sortie", home.resolve("x.csv").toString());
        assertThat(extract.err()).contains("La vague « 2026-2 » n'existe pas.");
    }

    @Test
    void shouldSayWhenAnotherRunHoldsTheData() {
        Cli cli = new Cli(home);
        RaccrochageProperties properties = new RaccrochageProperties("11", cli.data(), cli.outputs(), 16, 25, Map.of());
        try (RunLock.Held held = new RunLock(properties).acquire()) {
            Cli.Result result = cli.run("siei", "importer", "--vague", "V", SieiFiles.sampleWave(home.resolve("l.csv")).toString());
            assertThat(result.exitCode()).isEqualTo(ExitCodes.LOCKED);
            assertThat(result.err()).contains("Une autre exécution de raccrochage est en cours sur ces données");
        }
    }

    @Test
    void shouldGenerateTheSameSampleForTheSameSeed() throws Exception {
        Cli cli = new Cli(home);
        cli.run("exemple", "generer", "--personnes", "50", "--graine", "3", "--sortie", home.resolve("a").toString());
        Cli.Result result = cli.run("exemple", "generer", "--personnes", "50", "--graine", "3", "--sortie", home.resolve("b").toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("50 jeunes", "siei-en.csv", "verite.csv");
        assertThat(Files.mismatch(home.resolve("a/siei-en.csv"), home.resolve("b/siei-en.csv"))).isEqualTo(-1);
    }
}
