package fr.raccrochage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.TestDatabase;
import fr.raccrochage.core.reference.CogExcerpt;
import fr.raccrochage.ingestion.SieiFiles;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code referentiel communes importer} and {@code referentiel etat} through the real CLI. */
class ReferenceCliTests {

    @TempDir
    Path home;

    @Test
    void shouldImportACogUpdateShowItsVersionAndReportTheDirectoryRowsWhoseCommuneDisappeared() throws Exception {
        Cli cli = new Cli(home);
        Path incomplete = CogExcerpt.write(home.resolve("incomplet"), false);
        Files.delete(incomplete.resolve("base-officielle-des-codes-postaux.csv"));
        Path folder = CogExcerpt.write(home.resolve("cog-2027"), false);

        Cli.Result shipped = cli.run("referentiel", "etat");
        Cli.Result refused = cli.run("referentiel", "communes", "importer", incomplete.toString());
        Cli.Result directory = cli.run("partenaires", "importer", Path.of("sample-data", "partenaires-idf-exemple.csv").toString());
        Cli.Result imported = cli.run("referentiel", "communes", "importer", folder.toString());
        Cli.Result state = cli.run("referentiel", "etat");
        Path list = SieiFiles.utf8WithBom(home.resolve("liste.csv"), SieiFiles.HEADER,
                ";Lefèvre;Inès;14/02/2009;F;06 12 34 56 78;;1 rue de la Mairie;77400;CARNETIN;77062;;;;;;;;;;;EN",
                ";Morel;Théo;02/07/2008;M;06 98 76 54 32;;2 rue du Port;77400;CARNETIN;;;;;;;;;;;;EN");
        Cli.Result sieiImport = cli.run("siei", "importer", "--vague", "2027-1", "--date-reference", "2027-01-15", list.toString());
        Path small = Files.writeString(home.resolve("annuaire.csv"), "partenaire_id;type;nom;departement;code_insee\n"
                + "ML-X;MISSION_LOCALE;Mission locale X;77;77062\nML-X;MISSION_LOCALE;Mission locale X;77;77155\n");
        Cli.Result reimported = cli.run("partenaires", "importer", small.toString());

        assertThat(shipped.exitCode()).isZero();
        assertThat(shipped.out()).contains("Code officiel géographique en vigueur : millésime 2026, ",
                "Origine : livré avec l'application (reference/communes-france.csv) ; aucun import");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(refused.err()).contains("Dossier refusé : « " + incomplete + " » ne contient pas la base officielle des "
                + "codes postaux de La Poste (019HexaSmal.csv ou laposte_hexasmal.csv). Rien n'a été enregistré.");
        assertThat(directory.exitCode()).isZero();
        assertThat(imported.exitCode()).isEqualTo(ExitCodes.NEEDS_OPERATOR);
        assertThat(imported.out()).contains("Code officiel géographique 2027 importé : 5 communes, 2 mouvements ; "
                        + "codes postaux : base-officielle-des-codes-postaux.csv.",
                "Commune 77062 (Carnetin) fusionnée dans 77464 (Thorigny-sur-Marne) le 01/01/2027 : ses adresses y mènent désormais.",
                "Annuaire des partenaires : 2 lignes désigne(nt) une commune disparue",
                "  ML-247700594 (Mission locale CA Marne et Gondoire) : commune 77062 (Carnetin) fusionnée dans 77464 "
                        + "(Thorigny-sur-Marne) le 01/01/2027");
        assertThat(state.out()).contains("Code officiel géographique en vigueur : millésime 2027, 5 communes, 2 mouvements.",
                "Codes postaux : base-officielle-des-codes-postaux.csv.", "depuis " + folder.toAbsolutePath(),
                "  communes (INSEE) : v_commune_2027.csv, UTF-8, 11 lignes, SHA-256 "
                        + fr.raccrochage.core.FileDigest.sha256(folder.resolve("v_commune_2027.csv")),
                "  codes postaux (La Poste) : base-officielle-des-codes-postaux.csv, UTF-8, 10 lignes, SHA-256 ");
        // SIEI lines written with Carnetin's code, or its name and postal code, live in Thorigny-sur-Marne now.
        assertThat(sieiImport.exitCode()).isZero();
        try (Connection db = DriverManager.getConnection(TestDatabase.h2Url(cli.data()), "sa", "")) {
            ResultSet rows = db.createStatement().executeQuery(
                    "SELECT code_insee_residence FROM siei_enregistrement WHERE vague_id = '2027-1' ORDER BY ligne");
            List<String> residences = new ArrayList<>();
            while (rows.next()) {
                residences.add(rows.getString(1));
            }
            assertThat(residences).containsExactly(CogExcerpt.ABSORBING, CogExcerpt.ABSORBING);
        }
        // A directory still written with the old code is taken (the row covers Thorigny-sur-Marne) and reported.
        assertThat(reimported.exitCode()).isEqualTo(ExitCodes.NEEDS_OPERATOR);
        assertThat(reimported.out()).contains("annuaire.csv : 2 lignes chargées, 1 partenaire",
                "  ML-X (Mission locale X) : commune 77062 (Carnetin) fusionnée dans 77464 (Thorigny-sur-Marne) le 01/01/2027");
    }
}
