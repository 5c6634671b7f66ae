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
                list.toString()).exitCode())
                .as("taken; rejected lines ask for an operator").isIn(ExitCodes.OK, ExitCodes.NEEDS_OPERATOR);

        Cli.Result resolved = cli.run("doublons", "resoudre", "--vague", "2026-1");
        assertThat(resolved.exitCode()).isZero();
        assertThat(resolved.out()).contains("Vague 2026-1 : 6 enregistrements rattachés sur 6, 6 jeunes nouveaux, "
                + "0 rattaché à un jeune d'une vague précédente, 0 paire de doublons possibles à vérifier "
                + "(0 ligne DOUBLON_POSSIBLE dans doublons extraire), en ");

        // A re-run says what it did (nothing), not the first run's counts.
        Cli.Result again = cli.run("doublons", "resoudre", "--vague", "2026-1");
        assertThat(again.out()).isEqualTo("Vague 2026-1 : les 6 enregistrements étaient déjà rattachés, rien n'a été ajouté.\n");

        Path output = home.resolve("doublons.csv");
        Cli.Result extracted = cli.run("doublons", "extraire", "--vague", "2026-1", "--sortie", output.toString());
        assertThat(extracted.exitCode()).isZero();
        assertThat(extracted.out()).contains("Vague 2026-1 : 6 rattachements écrits dans " + output
                + ", dont 0 ligne DOUBLON_POSSIBLE (0 paire de doublons possibles à vérifier, voir doublons a-verifier)");
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("\uFEFFligne;fichier;personne_id;decision;score;motif;points");
        assertThat(lines.get(1)).startsWith("2;liste.csv;").contains(";NOUVELLE_PERSONNE;;");
    }

    /**
     * {@code doublons poids} says whether the engine scores with what it learnt, and if not why: on a
     * generated list (3,000 young people) both rules' estimates are retained; on six records, too few
     * pairs, the hand-set weights.
     */
    @Test
    void shouldPrintTheLearnedWeightsAndSayWhetherTheEngineUsesThem() throws Exception {
        Cli cli = new Cli(home);
        Path data = home.resolve("exemple");
        assertThat(cli.run("exemple", "generer", "--personnes", "3000", "--graine", "42", "--sortie",
                data.toString()).exitCode()).isZero();
        cli.run("siei", "importer", "--vague", "2026-5", data.resolve("siei-en.csv").toString(),
                data.resolve("siei-cfa.csv").toString());

        Cli.Result learned = cli.run("doublons", "poids", "--vague", "2026-5");

        assertThat(learned.exitCode()).isZero();
        assertThat(learned.out()).contains("paires de même date de naissance et initiales : ",
                "paires de même noms et année de naissance : ", "Le moteur score avec la colonne « retenu »")
                .doesNotContain("saturée", "trop peu de paires");
        assertThat(learned.out().lines().filter(l -> l.contains(": estimation retenue"))).hasSize(2);
        assertThat(learned.out()).containsPattern("(?m)^prénom +concorde .* 5,0 +5,0  à la main \\(les données le "
                + "voudraient plus fort\\)$");

        Path list = SieiFiles.sampleWave(home.resolve("entree/liste.csv"));
        cli.run("siei", "importer", "--vague", "2026-6", "--date-reference", "2026-09-01", list.toString());
        Cli.Result few = cli.run("doublons", "poids", "--vague", "2026-6");
        assertThat(few.out()).contains(": trop peu de paires", "Trop peu de paires comparées pour apprendre : le "
                + "moteur score avec les poids réglés à la main.").doesNotContain("estimation retenue");
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
        assertThat(result.out()).contains("resoudre", "extraire", "a-verifier", "decider", "poids").doesNotContain("evaluer");
    }

    /**
     * One definition of a possible duplicate, a pair of young people still to settle: what
     * {@code resoudre}, {@code extraire} and {@code vague etat} announce is the number of rows of
     * {@code a-verifier}; the extract's DOUBLON_POSSIBLE lines are records, counted and named apart.
     * Here Léa Martin of Cergy may be the Léa Martin of Saint-Denis (two records, the same young
     * person at one address): two record pairs, one pair of young people, two flagged lines.
     */
    @Test
    void shouldCountPossibleDuplicatesAsPairsOfYoungPeopleAndNameTheFlaggedLinesApart() throws Exception {
        Cli cli = new Cli(home);
        String header = "NOM;PRENOM;DATE_NAISSANCE;SEXE;TEL_JEUNE;EMAIL_JEUNE;ADRESSE;CODE_POSTAL;COMMUNE;"
                + SieiFiles.HEADER.substring(SieiFiles.HEADER.indexOf("CODE_COMMUNE"));
        Path list = SieiFiles.utf8WithBom(home.resolve("entree/homonymes.csv"), header,
                "Martin;Léa;01/02/2008;F;0612345603;;5 rue Jean Jaurès;93200;SAINT DENIS" + ";".repeat(12) + "EN",
                "MARTIN;LEA;01/02/2008;F;0699999999;;40 avenue Foch;95000;CERGY" + ";".repeat(12) + "EN",
                "Martin;Léa;01/02/2008;F;;;5 r Jean Jaures;93200;SAINT DENIS" + ";".repeat(12) + "EN");
        cli.run("siei", "importer", "--vague", "2026-3", "--date-reference", "2026-09-01", list.toString());

        Cli.Result resolved = cli.run("doublons", "resoudre", "--vague", "2026-3");
        Path links = home.resolve("doublons-2026-3.csv");
        Cli.Result extracted = cli.run("doublons", "extraire", "--vague", "2026-3", "--sortie", links.toString());
        Path review = home.resolve("a-verifier-2026-3.csv");
        Cli.Result listed = cli.run("doublons", "a-verifier", "--vague", "2026-3", "--sortie", review.toString());
        Cli.Result status = cli.run("vague", "etat", "--vague", "2026-3");

        List<String> flagged = Files.readAllLines(links, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(";DOUBLON_POSSIBLE;")).toList();
        List<String> pairs = Files.readAllLines(review, StandardCharsets.UTF_8).stream().skip(1).toList();
        assertThat(flagged).extracting(l -> l.split(";")[0]).containsExactly("2", "3");
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0)).startsWith("D-");
        assertThat(resolved.out()).contains(", 1 paire de doublons possibles à vérifier "
                + "(2 lignes DOUBLON_POSSIBLE dans doublons extraire), en ");
        assertThat(extracted.out()).contains(", dont 2 lignes DOUBLON_POSSIBLE (1 paire de doublons possibles à "
                + "vérifier, voir doublons a-verifier)");
        assertThat(listed.out()).contains("1 paire à vérifier (1 doublon possible, 0 ligne de jeunes connus)");
        assertThat(status.out()).contains("À vérifier : 1 paire de doublons possibles (doublons a-verifier)");
    }

    @Test
    void shouldListPairsToReviewThenApplyTheDecisions() throws Exception {
        Cli cli = new Cli(home);
        String header = "NOM;PRENOM;DATE_NAISSANCE;SEXE;TEL_JEUNE;EMAIL_JEUNE;ADRESSE;CODE_POSTAL;COMMUNE;"
                + SieiFiles.HEADER.substring(SieiFiles.HEADER.indexOf("CODE_COMMUNE"));
        Path list = SieiFiles.utf8WithBom(home.resolve("entree/homonymes.csv"), header,
                "Martin;Léa;01/02/2008;F;0612345603;;5 rue Jean Jaurès;93200;SAINT DENIS" + ";".repeat(12) + "EN",
                "MARTIN;LEA;01/02/2008;F;0699999999;;40 avenue Foch;95000;CERGY" + ";".repeat(12) + "EN",
                "Martin;Léa;01/02/2008;F;;;5 r Jean Jaures;93200;SAINT DENIS" + ";".repeat(12) + "EN");
        cli.run("siei", "importer", "--vague", "2026-2", "--date-reference", "2026-09-01", list.toString());
        cli.run("doublons", "resoudre", "--vague", "2026-2");
        Path review = home.resolve("a-verifier.csv");

        Cli.Result listed = cli.run("doublons", "a-verifier", "--vague", "2026-2", "--sortie", review.toString());

        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("Vague 2026-2 : 1 paire à vérifier (1 doublon possible, 0 ligne de jeunes "
                + "connus)", "raccrochage doublons decider " + review);
        List<String> lines = Files.readAllLines(review, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        Files.writeString(review, lines.get(0) + "\n" + lines.get(1).replaceFirst(";;", ";DIFFERENT;") + "\n"
                + "D-1-2-1-99;MEME\n", StandardCharsets.UTF_8);

        Cli.Result decided = cli.run("doublons", "decider", review.toString(), "--operateur", "agent.cli");

        assertThat(decided.exitCode()).isEqualTo(ExitCodes.NEEDS_OPERATOR);
        assertThat(decided.out()).contains("a-verifier.csv : 0 paire fusionnée (MEME), 1 paire séparée (DIFFERENT), "
                + "0 inchangée (même décision qu'avant), 0 laissée à plus tard, 1 ligne rejetée.",
                "Ligne 3 rejetée : paire D-1-2-1-99 inconnue");
        Cli.Result again = cli.run("doublons", "a-verifier", "--vague", "2026-2", "--sortie", review.toString());
        assertThat(again.out()).contains("0 paire à vérifier");
    }
}
