package fr.raccrochage.cli;

import fr.raccrochage.core.text.FrenchFormat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The partners commands through the real CLI: French messages and exit codes. */
class PartnersCliTests {

    @TempDir
    Path home;

    @Test
    void shouldRefuseADirectoryWithErrorsWithLineNumbersAndLoadAGoodOne() throws Exception {
        Cli cli = new Cli(home);
        Path bad = Files.writeString(home.resolve("annuaire.csv"), "partenaire_id;type;nom;departement;code_insee\n"
                + "ML-A;MISSION_LOCALE;A;93;93066\nML-B;MISSION_LOCALE;B;93;93066\n", StandardCharsets.UTF_8);

        Cli.Result refused = cli.run("partenaires", "importer", bad.toString());
        Cli.Result loaded = cli.run("partenaires", "importer", Path.of("sample-data", "partenaires-idf-exemple.csv").toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(refused.err()).contains("L'annuaire annuaire.csv est refusé (1 erreur) :",
                "  ligne 3 : commune 93066 (Saint-Denis) déjà couverte par la mission locale ML-A à la ligne 2",
                "L'annuaire en place est conservé. Rien n'a été enregistré.");
        assertThat(loaded.exitCode()).isZero();
        // No migration loads a directory: the first import replaces an empty one.
        assertThat(loaded.out()).contains("partenaires-idf-exemple.csv : " + FrenchFormat.number(2656)
                + " lignes chargées, 212 partenaires ; l'annuaire précédent (0 ligne) est remplacé.");
    }

    @Test
    void shouldRefuseToCloseAWaveThatDoesNotExistAndAFeedbackFileWithoutItsColumns() throws Exception {
        Cli cli = new Cli(home);
        Path feedback = Files.writeString(home.resolve("retours.csv"), "ID;STATUT\nx;y\n", StandardCharsets.UTF_8);

        Cli.Result close = cli.run("vague", "cloturer", "--vague", "2099-1");
        Cli.Result imported = cli.run("retours", "importer", feedback.toString());

        assertThat(close.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(close.err()).contains("La vague « 2099-1 » n'existe pas.");
        assertThat(imported.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(imported.err()).contains("Fichier refusé : le fichier de retours des partenaires « retours.csv » n'a pas "
                + "la ou les colonne(s) obligatoire(s) ID_APPEL, PARTENAIRE_ID, DATE (en-tête attendu : "
                + "ID_APPEL;PARTENAIRE_ID;STATUT;DATE). Rien n'a été enregistré.");
    }
}
