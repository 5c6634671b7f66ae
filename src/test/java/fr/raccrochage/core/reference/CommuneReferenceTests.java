package fr.raccrochage.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.raccrochage.DatabaseTests;
import fr.raccrochage.core.FileDigest;
import fr.raccrochage.core.commune.Commune;
import fr.raccrochage.core.commune.CommuneDirectory;
import fr.raccrochage.core.commune.CommuneResolver;
import fr.raccrochage.core.inbound.FileRefusedException;
import fr.raccrochage.partners.PartnerDirectoryService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A COG update: a commune merged after the shipped COG resolves, after {@code referentiel communes
 * importer}, to the commune it became; the version is recorded; a bad folder stores nothing. On H2
 * ({@link CommuneReferenceH2Tests}) and PostgreSQL ({@link CommuneReferencePostgresTests}); each class
 * has its own database, since an import replaces the commune directory.
 */
@SpringBootTest(properties = "raccrochage.cli.actif=false")
abstract class CommuneReferenceTests extends DatabaseTests {

    @Autowired
    CommuneReferenceService reference;

    @Autowired
    PartnerDirectoryService partners;

    @Test
    void shouldResolveACommuneMergedAfterTheShippedCogToTheCommuneItBecameOnceTheUpdateIsImported() throws Exception {
        if (!reference.current().orElseThrow().shipped()) {
            return; // the other test ran first on this database and already checked it all
        }
        importAndCheck();
    }

    @Test
    void shouldRefuseAFolderMissingAFileOrWithABadLineAndStoreNothing() throws Exception {
        long entries = count("commune");
        long versions = count("referentiel_version");
        long received = count("fichier_recu");
        Path missing = CogExcerpt.write(files.resolve("incomplet"), true);
        Files.delete(missing.resolve("v_mvt_commune_2027.csv"));
        Path bad = CogExcerpt.write(files.resolve("erreur"), false);
        Files.writeString(bad.resolve("v_commune_2027.csv"), CogExcerpt.COMMUNES.replace("\"COM\",\"77155\"", "\"XXX\",\"77155\""),
                StandardCharsets.UTF_8);
        Path orphan = CogExcerpt.write(files.resolve("orphelin"), false);
        Files.writeString(orphan.resolve("019HexaSmal.csv"), "x", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reference.importFolder(missing)).isInstanceOf(FileRefusedException.class)
                .hasMessage("Dossier refusé : « %s » ne contient pas le fichier des mouvements des communes de l'INSEE "
                        .formatted(missing) + "(v_mvt_commune_AAAA.csv).");
        assertThatThrownBy(() -> reference.importFolder(bad)).isInstanceOf(FileRefusedException.class)
                .hasMessage("Fichier refusé : le fichier des communes de l'INSEE « v_commune_2027.csv » a 1 ligne erronée :\n"
                        + "  ligne 5 : type « XXX » inconnu (COM, ARM, COMD ou COMA attendu)");
        assertThatThrownBy(() -> reference.importFolder(orphan)).isInstanceOf(FileRefusedException.class)
                .hasMessageContaining("contient plusieurs fichiers pour la base officielle des codes postaux de La Poste "
                        + "(019HexaSmal.csv ou laposte_hexasmal.csv) (019HexaSmal.csv, base-officielle-des-codes-postaux.csv)");
        Path binary = CogExcerpt.write(files.resolve("illisible"), false);
        Files.write(binary.resolve("v_commune_2027.csv"), new byte[] {0x50, 0x4B, 0x00, 0x00, 0x01, 0x02, 0x00, 0x00, 0x00});
        Path years = CogExcerpt.write(files.resolve("millesimes"), false);
        Files.move(years.resolve("v_mvt_commune_2027.csv"), years.resolve("v_mvt_commune_2026.csv"));

        assertThatThrownBy(() -> reference.importFolder(binary)).isInstanceOf(FileRefusedException.class)
                .hasMessageStartingWith("Fichier refusé : « v_commune_2027.csv »");
        assertThatThrownBy(() -> reference.importFolder(years)).isInstanceOf(FileRefusedException.class)
                .hasMessage("Dossier refusé : le fichier des communes (v_commune_2027.csv) est du millésime 2027 et celui des "
                        + "mouvements (v_mvt_commune_2026.csv) du millésime 2026 ; importez les deux fichiers d'un même millésime.");
        assertThat(count("commune")).isEqualTo(entries);
        assertThat(count("referentiel_version")).isEqualTo(versions);
        assertThat(count("fichier_recu")).isEqualTo(received);
    }

    private void importAndCheck() throws Exception {
        CommuneResolver before = new CommuneResolver(reference.directory());
        assertThat(before.resolve(CogExcerpt.MERGED, "77400", "Carnetin")).map(Commune::codeInsee).contains(CogExcerpt.MERGED);
        partners.importExample();
        Path folder = CogExcerpt.write(files.resolve("cog-2027"), true);

        CommuneReferenceService.CogImport result = reference.importFolder(folder);

        CommuneDirectory directory = reference.directory();
        CommuneResolver after = new CommuneResolver(directory);
        assertThat(after.resolve(CogExcerpt.MERGED, "77400", "Carnetin")).map(Commune::nom).contains("Thorigny-sur-Marne");
        assertThat(after.resolve("77062", "", "")).map(Commune::codeInsee).contains(CogExcerpt.ABSORBING);
        // Without the code, the old name with its postal code still finds the commune it became.
        assertThat(after.resolve("", "77400", "CARNETIN")).map(Commune::codeInsee).contains(CogExcerpt.ABSORBING);
        // A former commune still listed as déléguée leads to its commune, as before.
        assertThat(after.resolve("93059", "93380", "Pierrefitte")).map(Commune::codeInsee).contains("93066");
        assertThat(directory.byCode("77464").orElseThrow().codesPostaux()).containsExactly("77400");
        assertThat(directory.byCode("77464").orElseThrow().population()).isEqualTo(10440); // kept from the shipped COG
        assertThat(directory.byCode("75056").orElseThrow().codesPostaux()).contains("75001", "75002");
        assertThat(result.merged()).singleElement().satisfies(gone -> assertThat(gone.describe())
                .isEqualTo("fusionnée dans 77464 (Thorigny-sur-Marne) le 01/01/2027"));
        assertThat(partners.vanishedCommunes(directory)).containsExactly(
                "CIO-247700594 (CIO CA Marne et Gondoire) : commune 77062 (Carnetin) fusionnée dans 77464 (Thorigny-sur-Marne) le 01/01/2027",
                "ML-247700594 (Mission locale CA Marne et Gondoire) : commune 77062 (Carnetin) fusionnée dans 77464 "
                        + "(Thorigny-sur-Marne) le 01/01/2027");

        ReferenceVersion version = reference.current().orElseThrow();
        assertThat(version.cogYear()).isEqualTo(2027);
        assertThat(version.shipped()).isFalse();
        assertThat(version.postalEdition()).isEqualTo("019HexaSmal.csv");
        assertThat(version.files()).extracting(ReferenceFile::role, ReferenceFile::name, ReferenceFile::sha256, ReferenceFile::lines)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReferenceFile.Role.COMMUNES, "v_commune_2027.csv",
                                FileDigest.sha256(folder.resolve("v_commune_2027.csv")), 11),
                        org.assertj.core.groups.Tuple.tuple(ReferenceFile.Role.MOUVEMENTS, "v_mvt_commune_2027.csv",
                                FileDigest.sha256(folder.resolve("v_mvt_commune_2027.csv")), 2),
                        org.assertj.core.groups.Tuple.tuple(ReferenceFile.Role.CODES_POSTAUX, "019HexaSmal.csv",
                                FileDigest.sha256(folder.resolve("019HexaSmal.csv")), 10));
        assertThat(version.files().get(2).encoding()).isEqualTo("windows-1252");
        assertThat(jdbc.queryForList("SELECT code_insee FROM commune WHERE type = 'COMMUNE' ORDER BY code_insee", String.class))
                .isEqualTo(List.of("75056", "77155", "77316", "77464", "93066"));
        // Each file is in the one journal of received files, as every incoming file is.
        List<String> journaled = List.of(
                "COG_COMMUNES v_commune_2027.csv " + FileDigest.sha256(folder.resolve("v_commune_2027.csv")) + " 11 11 0 TERMINE "
                        + folder.resolve("v_commune_2027.csv").toAbsolutePath(),
                "COG_MOUVEMENTS v_mvt_commune_2027.csv " + FileDigest.sha256(folder.resolve("v_mvt_commune_2027.csv"))
                        + " 2 2 0 TERMINE " + folder.resolve("v_mvt_commune_2027.csv").toAbsolutePath(),
                "CODES_POSTAUX 019HexaSmal.csv " + FileDigest.sha256(folder.resolve("019HexaSmal.csv")) + " 10 10 0 TERMINE "
                        + folder.resolve("019HexaSmal.csv").toAbsolutePath());
        assertThat(journal(version.id())).isEqualTo(journaled);
        assertThat(version.files()).allSatisfy(f -> assertThat(f.receivedFileId()).isPositive());

        // The same files again: a new version, whose files are the ones already received.
        long received = count("fichier_recu");
        reference.importFolder(folder);
        ReferenceVersion again = reference.current().orElseThrow();
        assertThat(again.id()).isGreaterThan(version.id());
        assertThat(again.files()).extracting(ReferenceFile::receivedFileId)
                .isEqualTo(version.files().stream().map(ReferenceFile::receivedFileId).toList());
        assertThat(journal(again.id())).isEqualTo(journaled);
        assertThat(count("fichier_recu")).isEqualTo(received);
    }

    /** A version's files as the journal of received files holds them. */
    private List<String> journal(long versionId) {
        return jdbc.queryForList("""
                SELECT r.type || ' ' || r.nom || ' ' || r.empreinte || ' ' || r.lues || ' ' || r.enregistrees || ' '
                    || r.rejetees || ' ' || r.statut || ' ' || r.chemin
                FROM referentiel_fichier f JOIN fichier_recu r ON r.id = f.fichier_id WHERE f.version_id = ? ORDER BY r.id""",
                String.class, versionId);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
