package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.ingestion.SieiFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code connus importer} through the real CLI. */
class KnownCasesCliTests {

    static final String HEADER = "INE;NOM;PRENOM;DATE_NAISSANCE;PARTENAIRE_ID;STATUT;DATE";

    @TempDir
    Path home;

    @Test
    void shouldImportAKnownCasesListOnceAndSummarizeItInFrench() throws Exception {
        Cli cli = new Cli(home);
        Path list = SieiFiles.sampleWave(home.resolve("entree/liste.csv"));
        assertThat(cli.run("siei", "importer", "--vague", "2026-1", "--date-reference", "2026-09-01",
                list.toString()).exitCode())
                .as("taken; rejected lines ask for an operator").isIn(ExitCodes.OK, ExitCodes.NEEDS_OPERATOR);
        assertThat(cli.run("doublons", "resoudre", "--vague", "2026-1").exitCode()).isZero();
        Path known = SieiFiles.utf8WithBom(home.resolve("entree/connus-ml.csv"), HEADER,
                "123456789AB;MARTIN;HELENE;12/03/2008;ML-93;SUIVI;01/09/2026",
                ";Garcia;Sofia;15/06/2008;;OPPOSITION;02/09/2026",
                ";Nouveau;Jeune;01/01/2009;;EN_SOLUTION;03/09/2026",
                ";Roux;Inès;15/06/2008;ML-93;SUIVI;32/09/2026");

        Cli.Result result = cli.run("connus", "importer", known.toString());

        assertThat(result.exitCode()).as("a rejected line asks for an operator").isEqualTo(ExitCodes.NEEDS_OPERATOR);
        assertThat(result.out()).contains("connus-ml.csv : 4 lignes lues, 1 rattachée à un jeune déjà connu, "
                + "2 jeunes nouveaux, 1 à vérifier, 1 rejetée, en ")
                .contains("  Par statut : 1 SUIVI, 1 EN_SOLUTION, 1 OPPOSITION ; 2 oppositions enregistrées.")
                .contains("  Lignes rejetées (numéro et motif) : ");
        Path rejects = home.resolve("sorties/connus/rejets/connus-ml.rejets.csv");
        List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertThat(lines).containsExactly("\uFEFFligne;motif;contenu",
                "5;date du statut impossible : 32/09/2026;\";Roux;Inès;15/06/2008;ML-93;SUIVI;32/09/2026\"");

        Cli.Result again = cli.run("connus", "importer", known.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("connus-ml.csv : déjà importé (même contenu), rien n'a été ajouté "
                + "(lors de son import : 3 lignes enregistrées, 1 rejetée).");
    }

    @Test
    void shouldRefuseAListWithoutItsColumnsAndImportNothing() {
        Path bad = SieiFiles.utf8WithBom(home.resolve("entree/mauvais.csv"), "NOM;PRENOM", "Martin;Léa");
        Path good = SieiFiles.utf8WithBom(home.resolve("entree/bon.csv"), HEADER,
                ";Martin;Léa;01/02/2008;;OPPOSITION;01/09/2026");

        Cli.Result result = new Cli(home).run("connus", "importer", good.toString(), bad.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(result.err()).contains("Fichier refusé : la liste de cas connus « mauvais.csv » n'a pas la ou les "
                + "colonne(s) obligatoire(s) DATE_NAISSANCE, STATUT, DATE").contains("Rien n'a été enregistré.");
        Cli.Result retry = new Cli(home).run("connus", "importer", good.toString());
        assertThat(retry.out()).contains("bon.csv : 1 ligne lue, 0 rattachée à un jeune déjà connu, 1 jeune nouveau");
    }

    @Test
    void shouldListTheKnownCasesCommandInHelp() {
        Cli.Result result = new Cli(home).run("connus", "--help");
        assertThat(result.out()).contains("importer", "Jeunes déjà connus");
    }
}
