package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.ChildCli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command started while the production database is out of reach: the operator reads that the
 * database does not answer and exits with 4, as when it is lost in the middle of a run, never
 * picocli's "no constructor" that used to hide the cause.
 */
class DatabaseOutOfReachCliTests {

    @TempDir
    Path home;

    @Test
    void shouldSayTheDatabaseDoesNotAnswerWhenItIsOutOfReachAtStart() throws Exception {
        ChildCli.Run run = ChildCli.postgresql(home, "jdbc:postgresql://127.0.0.1:1/absente").run("vague", "liste");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(run.output()).contains("La base de données ne répond pas").doesNotContain("Erreur interne", "<init>");
    }

    @Test
    void shouldSayWhichSettingToCorrectWhenTheDatabaseAddressIsMistyped() throws Exception {
        for (String address : new String[] {"postgres://serveur/raccrochage", "jdbc:postgres://serveur/raccrochage"}) {
            ChildCli.Run run = ChildCli.h2(home).with("-Dspring.datasource.url=" + address).run("vague", "liste");

            assertThat(run.exitCode()).as(address).isEqualTo(ExitCodes.USAGE);
            assertThat(run.output()).as(address)
                    .contains("L'adresse de la base de données n'est pas reconnue : « " + address + " »",
                            "corrigez RACCROCHAGE_DB_URL")
                    .doesNotContain("Erreur interne", "must start", "claims");
        }
    }
}
