package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.ingestion.SieiFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's reproduction and the {@code jeune} commands through the real CLI on H2: an objection
 * arriving mid-wave by a known-cases list reaches the sheet, the daily lists and the exports; a later
 * list's new number and a rectification reach the open case; an erasure leaves no file holding the
 * young person; bad input gets a French sentence and the documented exit code.
 */
class YoungPersonCliTests {

    @TempDir
    Path home;

    @Test
    void shouldCarryEveryFactAboutOneYoungPersonToEveryOutput() throws Exception {
        Cli cli = new Cli(home);
        assertThat(cli.run("partenaires", "importer", Path.of("sample-data", "partenaires-idf-exemple.csv").toString())
                .exitCode()).isZero();
        Path list = SieiFiles.sampleWave(home.resolve("liste.csv"));
        // The sample list holds two lines rejected on purpose: the import says so (exit 6).
        assertThat(cli.run("siei", "importer", "--vague", "2026-1", "--date-reference", "2026-09-01", list.toString())
                .exitCode()).isEqualTo(ExitCodes.NEEDS_OPERATOR);
        assertThat(cli.run("doublons", "resoudre", "--vague", "2026-1").exitCode()).isZero();
        assertThat(cli.run("vague", "planifier", "--vague", "2026-1", "--debut", "2026-11-02", "--fin", "2026-11-27")
                .exitCode()).isZero();
        Path wave = cli.outputs().resolve("vague-2026-1");
        assertThat(cli.run("appels", "du-jour", "--date", "2026-11-02").exitCode()).isZero();
        assertThat(read(wave.resolve("feuille-appels.csv"))).contains("V2026-1-000001;Martin");
        assertThat(read(wave.resolve("appels-du-jour-2026-11-02.csv"))).contains("V2026-1-000001;");

        // Hélène Martin objects through a known-cases list, mid-wave.
        Path oppositions = Files.writeString(home.resolve("oppositions.csv"), "INE;NOM;PRENOM;DATE_NAISSANCE;"
                + "PARTENAIRE_ID;STATUT;DATE\n123456789AB;MARTIN;Hélène;12/03/2008;;OPPOSITION;2026-11-02\n",
                StandardCharsets.UTF_8);
        Cli.Result known = cli.run("connus", "importer", oppositions.toString());
        assertThat(known.out()).contains("1 opposition enregistrée");
        assertThat(read(wave.resolve("feuille-appels.csv"))).doesNotContain("V2026-1-000001", "Martin");
        assertThat(read(wave.resolve("appels-du-jour-2026-11-02.csv"))).doesNotContain("V2026-1-000001", "Martin");
        Cli.Result found = cli.run("jeune", "chercher", "helene martin", "--operateur", "agent.dupuis");
        assertThat(found.exitCode()).isZero();
        assertThat(found.out()).contains("Martin Hélène, né(e) le 12/03/2008 · vague 2026-1 · V2026-1-000001 EXCLU "
                + "(OPPOSITION) · OPPOSITION");

        // A later list brings a new number for Aminata N'Diaye, and a namesake of Jean-Baptiste Dupont.
        Path update = SieiFiles.utf8WithBom(home.resolve("mise-a-jour.csv"), SieiFiles.HEADER,
                "1234A56789D;N'Diaye;Aminata;05/05/2009;F;07 61 99 88 77;;;77250;ECUELLES;;;;;;;;;;;;AGRI",
                ";Dupont;Camille;03/04/2008;F;06 55 44 33 22;;;93200;ST DENIS;93066;;;;;;;;;;;EN");
        assertThat(cli.run("siei", "importer", "--vague", "2026-1", "--date-reference", "2026-09-01", update.toString())
                .exitCode()).isZero();
        assertThat(cli.run("doublons", "resoudre", "--vague", "2026-1").exitCode()).isZero();
        Cli.Result replanned = cli.run("vague", "planifier", "--vague", "2026-1", "--debut", "2026-11-02", "--fin",
                "2026-11-27");
        assertThat(read(wave.resolve("feuille-appels.csv"))).contains("07 61 99 88 77");

        // The wrong number of Aminata is withdrawn, a good one added: the sheet and the daily list say so at once.
        Cli.Result corrected = cli.run("jeune", "corriger", "V2026-1-000003", "--retirer-telephone", "06 12 34 56 80",
                "--ajouter-telephone", "06 22 33 44 55");
        assertThat(corrected.exitCode()).as(corrected.err()).isZero();
        assertThat(corrected.out()).contains("Numéro retiré : +33612345680", "Numéro ajouté : +33622334455",
                "Dossier ouvert re-planifié");
        assertThat(read(wave.resolve("feuille-appels.csv"))).contains("06 22 33 44 55").doesNotContain("06 12 34 56 80");
        assertThat(read(wave.resolve("appels-du-jour-2026-11-02.csv"))).doesNotContain("06 12 34 56 80");

        Cli.Result ambiguous = cli.run("jeune", "fiche", "Dupont");
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(ambiguous.err()).contains("« Dupont » désigne 2 jeunes : précisez par leur numéro de jeune ou leur ID_APPEL.");
        Cli.Result openCase = cli.run("jeune", "effacer", "V2026-1-000003", "--motif", "demande du jeune");
        assertThat(openCase.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(openCase.err()).contains("a un dossier d'appel ouvert (V2026-1-000003) : enregistrez d'abord son "
                + "opposition", "Rien n'a été effacé.");

        // Closing and exports: Hélène is in no file; Jean-Baptiste is sent, then objects, then is erased.
        assertThat(cli.run("vague", "cloturer", "--vague", "2026-1", "--date", "2026-11-28").exitCode()).isZero();
        assertThat(cli.run("partenaires", "exporter", "--vague", "2026-1").exitCode()).isZero();
        assertThat(exportsText()).contains("V2026-1-000002", "06 22 33 44 55").doesNotContain("V2026-1-000001", "Martin",
                "Hélène", "06 12 34 56 80");
        Cli.Result opposed = cli.run("jeune", "opposer", "V2026-1-000002", "--source", "RESPONSABLE", "--commentaire",
                "appel de la mère", "--operateur", "agent.dupuis");
        assertThat(opposed.exitCode()).as(opposed.err()).isZero();
        assertThat(opposed.out()).contains("Jeune n° 2 : opposition enregistrée.",
                "Partenaires qui ont déjà reçu ses données, à prévenir : ML-");
        String partner = opposed.out().replaceAll("(?s).*à prévenir : (ML-[^,\\s]+).*", "$1");
        Cli.Result resent = cli.run("partenaires", "exporter", "--renvoyer", partner, "V2026-1-000003");
        assertThat(resent.exitCode()).as(resent.err()).isZero();
        assertThat(lastExportText()).doesNotContain("V2026-1-000002", "Dupont;Jean");

        Path answer = home.resolve("reponse").resolve("acces-jeune-2.html");
        Cli.Result fiche = cli.run("jeune", "fiche", "V2026-1-000002", "--sortie", answer.toString());
        assertThat(fiche.exitCode()).as(fiche.err()).isZero();
        assertThat(fiche.out()).contains("== Envois aux partenaires ==", "partenaire_id : " + partner,
                "== Opposition ==", "source : RESPONSABLE ; origine : opérateur agent.dupuis (appel de la mère)", "action : JEUNE_OPPOSER");
        assertThat(read(answer)).contains("<h2>Enregistrements SIEI (toutes vagues, tous les champs)</h2>",
                "Jean-Baptiste", "sha256_manifeste");
        assertThat(read(home.resolve("reponse").resolve("acces-jeune-2.csv"))).contains("Envois aux partenaires;1;partenaire_id;"
                + partner);

        Cli.Result erased = cli.run("jeune", "effacer", "2", "--motif", "demande de la mère reçue le 30/11/2026");
        assertThat(erased.exitCode()).as(erased.err()).isZero();
        assertThat(erased.out()).contains("Jeune n° 2 : données personnelles effacées", "empreintes à clé conservées");
        assertThat(allOutputsText()).doesNotContain("V2026-1-000002", "Jean-Baptiste", "JEAN BAPTISTE", "1234567890C");
        Cli.Result again = cli.run("jeune", "opposer", "2", "--source", "JEUNE");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(again.err()).contains("Les données du jeune n° 2 ont été effacées");
        Cli.Result unknown = cli.run("jeune", "fiche", "V2026-1-999999");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("Aucun jeune ne correspond à « V2026-1-999999 »");
        assertThat(replanned.exitCode()).isZero();
    }

    private String exportsText() {
        return text(cli().outputs().resolve("exports"));
    }

    private String lastExportText() {
        try (Stream<Path> runs = Files.list(cli().outputs().resolve("exports"))) {
            return text(runs.sorted().reduce((a, b) -> b).orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String allOutputsText() {
        return text(cli().outputs()) + text(cli().data().resolve("archives"));
    }

    private Cli cli() {
        return new Cli(home);
    }

    private static String text(Path root) {
        if (!Files.exists(root)) {
            return "";
        }
        try (Stream<Path> tree = Files.walk(root)) {
            List<Path> files = tree.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".csv")).toList();
            StringBuilder all = new StringBuilder();
            for (Path f : files) {
                all.append(read(f));
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
