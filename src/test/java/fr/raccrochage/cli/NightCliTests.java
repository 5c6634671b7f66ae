package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.RunLock;
import fr.raccrochage.ingestion.SieiFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NightCliTests {

    @TempDir
    Path home;

    @Test
    void shouldTakeTheInboxAndAskForAnOperatorWhenLinesWereRejected() {
        Cli cli = new Cli(home);
        assertThat(cli.run("vague", "creer", "2026-4").out()).startsWith("Vague 2026-4 créée");
        SieiFiles.sampleWave(cli.data().resolve("arrivee/siei/2026-4/liste.csv"));

        Cli.Result night = cli.run("nuit", "--date", "2026-11-24");

        assertThat(night.exitCode()).as(night.err()).isEqualTo(ExitCodes.NEEDS_OPERATOR);
        assertThat(night.out()).contains("Nuit du 24/11/2026", "Fichiers arrivés (à vérifier)",
                "liste SIEI « liste.csv » pris : vague 2026-4 : 8 lignes lues, 6 enregistrées, 2 rejetées",
                "Dédoublonnage", "vague 2026-4 : 6 enregistrements rattachés, 6 nouveaux jeunes",
                "Purge des données personnelles", "Des points demandent l'attention d'un opérateur");
        assertThat(cli.data().resolve("archives/siei/2026-11-24/liste.csv")).exists();

        Cli.Result again = cli.run("nuit", "--date", "2026-11-24");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.NEEDS_OPERATOR);
        assertThat(again.out()).contains("Nuit du 24/11/2026 : déjà faite, rien n'a été refait.");

        Cli.Result quiet = cli.run("nuit", "--date", "2026-11-25");
        assertThat(quiet.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(quiet.out()).contains("aucun nouveau fichier").doesNotContain("à vérifier");
    }

    @Test
    void shouldSayAnotherRunIsInProgress() throws Exception {
        Cli cli = new Cli(home);
        Files.createDirectories(cli.data());
        RunLock lock = new RunLock(new RaccrochageProperties("11", cli.data(), cli.outputs(), 16, 25, Map.of()));

        try (RunLock.Held held = lock.acquire()) {
            Cli.Result night = cli.run("nuit");

            assertThat(night.exitCode()).isEqualTo(ExitCodes.LOCKED);
            assertThat(night.err()).contains("Une autre exécution de raccrochage est en cours");
        }
    }
}
