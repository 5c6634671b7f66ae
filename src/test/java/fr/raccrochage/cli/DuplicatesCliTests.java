package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.ingestion.SieiFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doublons resoudre} and {@code doublons extraire} through the real CLI. */
class DuplicatesCliTests {

    @TempDir
    Path home;

    @Test
    void shouldResolveOnceThenExtractOneRowPerRecord() throws Exception {
        Cli cli = new Cli(home);
        Path list = SieiFiles.sampleWave(home.resolve("entree/liste.csv"));
        assertThat(cli.run("siei", "importer", "--vague", "2026-1", "--date-reference", "2026-09-01",
                list.toString()).exitCode()).isZero();

        Cli.Result resolved = cli.run("doublons", "resoudre", "--vague", "2026-1");
        assertThat(resolved.exitCode()).isZero();
        assertThat(resolved.out()).contains("Vague 2026-1 : 6 enregistrements, 6 jeunes nouveaux, "
                + "0 rattaché à un jeune d'une vague précédente, 0 doublon possible à vérifier, en ");

        Cli.Result again = cli.run("doublons", "resoudre", "--vague", "2026-1");
        assertThat(again.out()).contains("tous les enregistrements étaient déjà rattachés, rien n'a été ajouté.",
                "6 jeunes nouveaux");

        Path output = home.resolve("doublons.csv");
        Cli.Result extracted = cli.run("doublons", "extraire", "--vague", "2026-1", "--sortie", output.toString());
        assertThat(extracted.exitCode()).isZero();
        assertThat(extracted.out()).contains("Vague 2026-1 : 6 rattachements écrits dans " + output);
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("\uFEFFligne;fichier;personne_id;decision;score;motif;points");
        assertThat(lines.get(1)).startsWith("2;liste.csv;").contains(";NOUVELLE_PERSONNE;;");
    }

    @Test
    void shouldRefuseAnUnknownWave() {
        Cli.Result result = new Cli(home).run("doublons", "resoudre", "--vague", "inconnue");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("La vague « inconnue » n'existe pas.");
    }

    @Test
    void shouldListTheDuplicatesCommandInHelp() {
        Cli.Result result = new Cli(home).run("doublons", "--help");
        assertThat(result.out()).contains("resoudre", "extraire").doesNotContain("evaluer");
    }
}
