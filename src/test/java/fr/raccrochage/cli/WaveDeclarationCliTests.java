package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.ingestion.SieiFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wave is declared once, by one rule for its id, whatever the way in: command line, night, folders. */
class WaveDeclarationCliTests {

    @TempDir
    Path home;

    @Test
    void shouldRefuseAnIdThatCouldNotBePlannedBeforeImportingAnything() {
        Cli cli = new Cli(home);

        Cli.Result result = cli.run("siei", "importer", "--vague", "2026.1", SieiFiles.sampleWave(home.resolve("l.csv")).toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("Identifiant de vague invalide : « 2026.1 » (lettres et chiffres, groupes séparés "
                + "par un seul « - », 40 caractères au plus ; ex. 2026-1).");
        assertThat(cli.run("vague", "creer", "2026_1").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("rapport", "--vague", "2026.1").err()).contains("Identifiant de vague invalide");
    }

    @Test
    void shouldRefuseAnInboxFolderNamingAnUnknownWaveUntilTheWaveIsCreated() throws Exception {
        Cli cli = new Cli(home);
        Path typo = SieiFiles.sampleWave(Files.createDirectories(cli.data().resolve("arrivee/siei/vague-inexistante"))
                .resolve("liste.csv"));
        byte[] content = Files.readAllBytes(typo);

        Cli.Result night = cli.run("nuit", "--date", "2026-11-24");

        assertThat(night.exitCode()).isEqualTo(ExitCodes.NEEDS_OPERATOR);
        String reason = "la vague « vague-inexistante » (le sous-dossier « vague-inexistante ») n'existe pas : si ce n'est "
                + "pas une faute de frappe, créez-la avec « raccrochage vague creer vague-inexistante » puis redéposez le fichier.";
        assertThat(night.out()).contains("Fichiers arrivés (à vérifier)", "liste SIEI « liste.csv » refusé : " + reason);
        Path refused = cli.data().resolve("archives/refuses/siei/2026-11-24/liste.csv");
        assertThat(refused).exists();
        assertThat(Files.readString(refused.resolveSibling("liste.csv.motif.txt"), StandardCharsets.UTF_8)).contains(reason);
        assertThat(cli.run("vague", "extraire", "--vague", "vague-inexistante", "--sortie", home.resolve("x.csv").toString())
                .err()).as("no wave was created").contains("La vague « vague-inexistante » n'existe pas.");

        Cli.Result created = cli.run("vague", "creer", "vague-inexistante");
        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).startsWith("Vague vague-inexistante créée");
        assertThat(cli.run("vague", "creer", "vague-inexistante").out())
                .isEqualTo("La vague vague-inexistante existe déjà : rien n'a été changé.\n");
        Files.write(cli.data().resolve("arrivee/siei/vague-inexistante/liste.csv"), content);

        Cli.Result next = cli.run("nuit", "--date", "2026-11-25");
        assertThat(next.out()).contains("liste SIEI « liste.csv » pris : vague vague-inexistante : 8 lignes lues, "
                + "6 enregistrées, 2 rejetées");
    }

    @Test
    void shouldCreateTheWaveAnImportOnTheCommandLineNames() {
        Cli cli = new Cli(home);

        Cli.Result imported = cli.run("siei", "importer", "--vague", "2026-9", "--date-reference", "2026-09-01",
                SieiFiles.sampleWave(home.resolve("l.csv")).toString());

        assertThat(imported.out()).startsWith("Vague 2026-9 créée (première liste importée).");
        assertThat(cli.run("vague", "creer", "2026-9").out()).contains("existe déjà");
    }
}
