package fr.raccrochage.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import fr.raccrochage.TestPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V110 on a database holding history in the four old journals and reject tables: every file, reject
 * and reference to a file survives in the one journal, on H2 and on PostgreSQL; V113 journals the
 * files of the commune-directory versions already imported; then V150 drops the old names (views,
 * triggers, functions) that V110 had kept, and the history stays.
 */
class ReceivedFilesMigrationTests {

    @TempDir
    Path home;

    @Test
    void shouldKeepTheHistoryOfTheFourJournalsOnH2() {
        migrateWithHistory(new DriverManagerDataSource("jdbc:h2:file:" + home.resolve("migration").toAbsolutePath(), "sa", ""),
                "h2");
    }

    @Test
    void shouldKeepTheHistoryOfTheFourJournalsOnPostgres() throws Exception {
        var pg = TestPostgres.server();
        try (var connection = pg.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS migration_journal");
            connection.createStatement().execute("CREATE DATABASE migration_journal");
        }
        migrateWithHistory(new DriverManagerDataSource(pg.getJdbcUrl("postgres", "migration_journal"), "postgres",
                "postgres"), "postgresql");
    }

    private static Flyway flyway(DataSource data, String vendor, String target) {
        return Flyway.configure().dataSource(data).outOfOrder(true).target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor,
                        "classpath:fr/raccrochage/core/reference")
                .load();
    }

    private static void migrateWithHistory(DataSource data, String vendor) {
        flyway(data, vendor, "60").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(data);
        jdbc.update("INSERT INTO vague (id, cree_le) VALUES ('W1', TIMESTAMP '2026-01-05 08:00:00')");
        for (int id = 1; id <= 2; id++) {
            jdbc.update("INSERT INTO fichier_siei (id, vague_id, nom, empreinte, taille, encodage, separateur, statut, lues, "
                    + "enregistrees, rejetees, signalees, debut, fin) VALUES (?, 'W1', 'siei.csv', ?, 10, 'UTF-8', ';', "
                    + "'TERMINE', 2, 1, 1, 0, TIMESTAMP '2026-01-05 08:00:00', TIMESTAMP '2026-01-05 08:01:00')", id, "s" + id);
        }
        jdbc.update("INSERT INTO siei_enregistrement (fichier_id, ligne, vague_id, nom, prenom, date_naissance, "
                + "source_residence, drapeaux) VALUES (2, 2, 'W1', 'Martin', 'Léa', DATE '2008-01-01', 'NONE', '')");
        jdbc.update("INSERT INTO siei_rejet (fichier_id, ligne, vague_id, motif, contenu) VALUES (1, 5, 'W1', 'nom absent', ';x')");
        jdbc.update("INSERT INTO fichier_resultats (id, vague_id, nom, empreinte, lues, enregistrees, rejetees, importe_le) "
                + "VALUES (1, 'W1', 'resultats.csv', 'r1', 1, 0, 1, TIMESTAMP '2026-02-01 08:00:00')");
        jdbc.update("INSERT INTO resultat_rejet (fichier_id, ligne, motif, contenu) VALUES (1, 3, 'RESULTAT inconnu', 'a;b')");
        jdbc.update("INSERT INTO personne (id, vague_creation, creee) VALUES (7, 'W1', TIMESTAMP '2026-01-05 08:00:00')");
        jdbc.update("INSERT INTO fichier_connus (id, nom, empreinte, lues, enregistrees, rejetees, importe_le) "
                + "VALUES (1, 'connus.csv', 'c1', 2, 1, 1, TIMESTAMP '2026-02-02 08:00:00')");
        jdbc.update("INSERT INTO cas_connu (fichier_id, ligne, personne_id, nom, prenom, date_naissance, statut, date_statut, "
                + "decision, motif) VALUES (1, 2, 7, 'Martin', 'Léa', DATE '2008-01-01', 'SUIVI', DATE '2026-01-01', "
                + "'DOUBLON_POSSIBLE', 'm')");
        jdbc.update("INSERT INTO cas_connu_a_verifier (fichier_id, ligne, personne_id, score, motif) VALUES (1, 2, 7, 9.5, 'm')");
        jdbc.update("INSERT INTO connus_rejet (fichier_id, ligne, motif, contenu) VALUES (1, 4, 'statut absent', 'c')");
        jdbc.update("INSERT INTO fichier_retours (id, nom, empreinte, lues, enregistrees, rejetees, importe_le) "
                + "VALUES (1, 'retours.csv', 'f1', 1, 0, 1, TIMESTAMP '2026-03-01 08:00:00')");
        jdbc.update("INSERT INTO retour_rejet (fichier_id, ligne, motif, contenu) VALUES (1, 6, 'DATE invalide', 'd')");
        jdbc.update("INSERT INTO import_annuaire (nom, empreinte, lignes, partenaires, remplacees, importe_le) "
                + "VALUES ('annuaire.csv', 'a1', 3, 2, 0, TIMESTAMP '2026-01-02 08:00:00')");

        flyway(data, vendor, "112").migrate();
        // Two imported versions of the commune directory (the shipped one is version 1): the second
        // takes the same communes and postal-code files again, with a new history file.
        for (int version = 2; version <= 3; version++) {
            jdbc.update("INSERT INTO referentiel_version (id, millesime_cog, edition_codes_postaux, origine, importe_le, "
                    + "communes, mouvements) VALUES (?, 2026, '019HexaSmal.csv', '/import/cog-2026', ?, 11, 2)", version,
                    java.sql.Timestamp.valueOf("2026-0" + version + "-01 09:00:00"));
            jdbc.update("INSERT INTO referentiel_fichier (version_id, role, nom, empreinte, encodage, lignes) VALUES "
                    + "(?, 'COMMUNES', 'v_commune_2026.csv', 'c1', 'UTF-8', 11), "
                    + "(?, 'MOUVEMENTS', 'v_mvt_commune_2026.csv', ?, 'UTF-8', ?), "
                    + "(?, 'CODES_POSTAUX', '019HexaSmal.csv', 'p1', 'windows-1252', 10)", version, version, "m" + (version - 1),
                    version, version);
        }

        flyway(data, vendor, "140").migrate();

        assertHistoryKept(jdbc);
        // until V150, the old names still read
        assertThat(jdbc.queryForObject("SELECT id FROM fichier_connus", Long.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT vague_id FROM siei_rejet", String.class)).isEqualTo("W1");

        flyway(data, vendor, "latest").migrate();

        assertHistoryKept(jdbc);
        assertThat(jdbc.queryForList("SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_name) IN ("
                + OLD_NAMES + ")", String.class)).isEmpty();
        assertThat(jdbc.queryForList("SELECT LOWER(trigger_name) FROM information_schema.triggers", String.class))
                .noneMatch(t -> OLD_NAMES.contains("'" + t.replaceFirst("_(insert|delete|vue)$", "") + "'"));
        if (vendor.equals("postgresql")) {
            assertThat(jdbc.queryForList("SELECT proname FROM pg_proc WHERE proname LIKE '%\\_vue'", String.class)).isEmpty();
        }
        // a new file takes the next id
        jdbc.update("INSERT INTO fichier_recu (type, portee, nom, empreinte, statut, debut) "
                + "VALUES ('CAS_CONNUS', '-', 'n.csv', 'c2', 'TERMINE', TIMESTAMP '2026-04-01 08:00:00')");
        assertThat(jdbc.queryForObject("SELECT MAX(id) FROM fichier_recu", Long.class)).isEqualTo(11);
    }

    private static final String OLD_NAMES = "'fichier_siei', 'fichier_resultats', 'fichier_connus', 'fichier_retours', "
            + "'siei_rejet', 'resultat_rejet', 'connus_rejet', 'retour_rejet'";

    private static void assertHistoryKept(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForList("SELECT id || ' ' || type || ' ' || COALESCE(vague_id, '-') || ' ' || nom || ' ' "
                + "|| empreinte || ' ' || statut || ' ' || lues || ' ' || rejetees FROM fichier_recu ORDER BY id", String.class))
                .containsExactly("1 SIEI W1 siei.csv s1 TERMINE 2 1", "2 SIEI W1 siei.csv s2 TERMINE 2 1",
                        "3 RESULTATS_APPELS W1 resultats.csv r1 TERMINE 1 1", "4 CAS_CONNUS - connus.csv c1 TERMINE 2 1",
                        "5 RETOURS_PARTENAIRES - retours.csv f1 TERMINE 1 1", "6 ANNUAIRE - annuaire.csv a1 TERMINE 3 0",
                        // V113: each reference file once, as received the first time
                        "7 CODES_POSTAUX - 019HexaSmal.csv p1 TERMINE 10 0", "8 COG_COMMUNES - v_commune_2026.csv c1 TERMINE 11 0",
                        "9 COG_MOUVEMENTS - v_mvt_commune_2026.csv m1 TERMINE 2 0",
                        "10 COG_MOUVEMENTS - v_mvt_commune_2026.csv m2 TERMINE 3 0");
        assertThat(jdbc.queryForList("SELECT version_id || ' ' || role || ' ' || fichier_id FROM referentiel_fichier "
                + "ORDER BY version_id, role", String.class)).containsExactly("2 CODES_POSTAUX 7", "2 COMMUNES 8",
                        "2 MOUVEMENTS 9", "3 CODES_POSTAUX 7", "3 COMMUNES 8", "3 MOUVEMENTS 10");
        assertThat(jdbc.queryForMap("SELECT chemin, encodage, debut FROM fichier_recu WHERE id = 7").values()).containsExactly(
                "/import/cog-2026/019HexaSmal.csv", "windows-1252", java.sql.Timestamp.valueOf("2026-02-01 09:00:00"));
        assertThat(jdbc.queryForList("SELECT fichier_id || ' ' || ligne || ' ' || motif FROM ligne_rejetee ORDER BY fichier_id",
                String.class)).containsExactly("1 5 nom absent", "3 3 RESULTAT inconnu", "4 4 statut absent",
                        "5 6 DATE invalide");
        assertThat(jdbc.queryForObject("SELECT fichier_id FROM siei_enregistrement", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT fichier_id FROM cas_connu", Long.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT fichier_id FROM cas_connu_a_verifier", Long.class)).isEqualTo(4);
    }
}
