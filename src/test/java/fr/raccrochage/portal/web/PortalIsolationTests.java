package fr.raccrochage.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.raccrochage.core.privacy.OppositionSource;
import fr.raccrochage.core.privacy.Oppositions;
import fr.raccrochage.partners.PartnerArchives;
import fr.raccrochage.portal.PortalWave;
import fr.raccrochage.portal.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.lingala.zip4j.exception.ZipException;
import net.lingala.zip4j.io.inputstream.ZipInputStream;
import net.lingala.zip4j.model.LocalFileHeader;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A partner reaches its own young people only, by every route (list, search, page, feedback,
 * export); the Region reads but never writes; an objection removes a young person from every page
 * at once; feedback follows the rule of {@code retours importer}.
 */
class PortalIsolationTests extends PortalWebTests {

    @Autowired
    Oppositions oppositions;

    @Autowired
    PartnerArchives archives;

    @Test
    void partnerSeesOnlyItsOwnYoungPeopleInItsListSearchAndExport() throws Exception {
        Holder a = activated(Role.PARTENAIRE, PortalWave.PARTNER_A, "a@ml-a.fr");

        String list = page(mvc.perform(get("/partenaire").with(as(a))).andReturn(), 200);
        assertThat(list).contains("Leroy Léa", "Martin Hugo", "Moreau Nina").doesNotContain("Blanc", "Petit");
        String search = page(mvc.perform(post("/partenaire/recherche").param("recherche", "Blanc").with(as(a)).with(csrf()))
                .andReturn(), 200);
        assertThat(search).contains("Aucune orientation").doesNotContain("Jade");
        assertThat(page(mvc.perform(post("/partenaire/recherche").param("recherche", "mart").with(as(a)).with(csrf()))
                .andReturn(), 200)).contains("Martin Hugo").doesNotContain("Leroy");

        String csv = mvc.perform(get("/partenaire/export").with(as(a))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(wave.a1, wave.a2, wave.a3).doesNotContain(wave.b1, wave.b2, "Blanc", "Petit");
    }

    @Test
    void anotherPartnersYoungPersonIsRefusedExactlyLikeAnUnknownOne() throws Exception {
        Holder a = activated(Role.PARTENAIRE, PortalWave.PARTNER_A, "a@ml-a.fr");
        int before = feedbackRows();
        String unknown = page(mvc.perform(get("/partenaire/jeunes/VP1-999999").with(as(a))).andReturn(), 404);
        String unknownPost = page(mvc.perform(post("/partenaire/jeunes/VP1-999999/retour").param("statut", "CONTACTE")
                .param("date", LocalDate.now().toString()).with(as(a)).with(csrf())).andReturn(), 404);

        List<String> others = new ArrayList<>(wave.ofB());
        others.add("VP1-000001' OR '1'='1");
        for (String id : others) {
            assertThat(page(mvc.perform(get("/partenaire/jeunes/{id}", id).with(as(a))).andReturn(), 404)).isEqualTo(unknown);
            for (String status : List.of("CONTACTE", "REFUS")) {
                assertThat(page(mvc.perform(post("/partenaire/jeunes/{id}/retour", id).param("statut", status)
                        .param("date", LocalDate.now().toString()).with(as(a)).with(csrf())).andReturn(), 404))
                        .isEqualTo(unknownPost);
            }
        }
        assertThat(feedbackRows()).isEqualTo(before);
        assertThat(journal("PORTAIL_PAGE_JEUNE")).isEmpty();
        // B, for its part, reaches its own young people.
        Holder b = activated(Role.PARTENAIRE, PortalWave.PARTNER_B, "b@ml-b.fr");
        assertThat(page(mvc.perform(get("/partenaire/jeunes/{id}", wave.b1).with(as(b))).andReturn(), 200)).contains("Blanc");
    }

    @Test
    void regionReadsEveryPartnersProgressButIsRefusedEveryWrite() throws Exception {
        Holder region = activated(Role.REGION, null, "suivi@region.fr");
        int before = feedbackRows();

        String progress = page(mvc.perform(get("/region").with(as(region))).andReturn(), 200);
        assertThat(progress).contains(PortalWave.PARTNER_A, PortalWave.PARTNER_B);
        String overdue = page(mvc.perform(get("/region/retards").with(as(region))).andReturn(), 200);
        assertThat(overdue).contains(wave.a2, wave.a3, wave.b2).doesNotContain("Martin", "Moreau", "Petit");

        for (String id : Stream.concat(wave.ofA().stream(), wave.ofB().stream()).toList()) {
            assertThat(mvc.perform(post("/partenaire/jeunes/{id}/retour", id).param("statut", "CONTACTE")
                    .param("date", LocalDate.now().toString()).with(as(region)).with(csrf())).andReturn().getResponse()
                    .getStatus()).isEqualTo(403);
            assertThat(mvc.perform(get("/partenaire/jeunes/{id}", id).with(as(region))).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(get("/admin/comptes").with(as(region))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(feedbackRows()).isEqualTo(before);
    }

    @Test
    void feedbackFollowsTheImportRuleAndBadInputChangesNothing() throws Exception {
        Holder a = activated(Role.PARTENAIRE, PortalWave.PARTNER_A, "a@ml-a.fr");
        int before = feedbackRows();

        String future = page(mvc.perform(post("/partenaire/jeunes/{id}/retour", wave.a2).param("statut", "CONTACTE")
                .param("date", LocalDate.now().plusDays(1).toString()).with(as(a)).with(csrf())).andReturn(), 400);
        assertThat(future).contains("dans le futur", "Rien n&#39;a été enregistré");
        String unknownStatus = page(mvc.perform(post("/partenaire/jeunes/{id}/retour", wave.a2).param("statut", "APPELE")
                .param("date", "2026-06-20").with(as(a)).with(csrf())).andReturn(), 400);
        assertThat(unknownStatus).contains("STATUT « APPELE » inconnu");
        String badDate = page(mvc.perform(post("/partenaire/jeunes/{id}/retour", wave.a2).param("statut", "CONTACTE")
                .param("date", "31/02/2026").with(as(a)).with(csrf())).andReturn(), 400);
        assertThat(badDate).contains("invalide");
        // Without its CSRF token a post is refused (sent back to the login page, as for an expired session).
        var forged = mvc.perform(post("/partenaire/jeunes/{id}/retour", wave.a2).param("statut", "CONTACTE")
                .param("date", "2026-06-20").with(as(a))).andReturn().getResponse();
        assertThat(forged.getStatus()).isIn(302, 403);
        assertThat(forged.getContentAsString()).doesNotContain("Martin");
        assertThat(feedbackRows()).isEqualTo(before);

        mvc.perform(post("/partenaire/jeunes/{id}/retour", wave.a2).param("statut", "CONTACTE").param("date", "2026-06-20")
                .with(as(a)).with(csrf())).andReturn();
        mvc.perform(post("/partenaire/jeunes/{id}/retour", wave.a2).param("statut", "contacte").param("date", "20/06/2026")
                .with(as(a)).with(csrf())).andReturn();
        assertThat(jdbc.queryForList("""
                SELECT partenaire_id, statut, date_statut, compte_id, fichier_id FROM retour_partenaire WHERE id_appel = ?""",
                wave.a2)).singleElement().satisfies(row -> {
                    assertThat(row.get("partenaire_id")).isEqualTo(PortalWave.PARTNER_A);
                    assertThat(row.get("statut")).isEqualTo("CONTACTE");
                    assertThat(row.get("date_statut").toString()).isEqualTo("2026-06-20");
                    assertThat(((Number) row.get("compte_id")).longValue()).isEqualTo(a.account().id());
                    assertThat(row.get("fichier_id")).isNull();
                });
        assertThat(journal("PORTAIL_RETOUR")).extracting(r -> ((Number) r.get("personne_id")).longValue())
                .contains(wave.personA2);
    }

    @Test
    void youngPersonPageCarriesExactlyTheExportFieldsAndIsJournaled() throws Exception {
        Holder a = activated(Role.PARTENAIRE, PortalWave.PARTNER_A, "a@ml-a.fr");
        Path exported = Path.of(jdbc.queryForObject(
                "SELECT fichier FROM export_partenaire WHERE partenaire_id = ?", String.class, PortalWave.PARTNER_A));
        List<String> lines = Files.readAllLines(exported, StandardCharsets.UTF_8);
        String[] header = lines.get(0).replace("\uFEFF", "").split(";", -1);
        String[] row = lines.stream().filter(l -> l.startsWith(wave.a2 + ";")).findFirst().orElseThrow().split(";", -1);

        String fiche = page(mvc.perform(get("/partenaire/jeunes/{id}", wave.a2).with(as(a))).andReturn(), 200);
        String fields = fiche.substring(fiche.indexOf("<dl class=\"portail-fiche\""), fiche.indexOf("</dl>"));
        assertThat(fields.split("<dt>", -1)).hasSize(header.length + 1);
        for (int i = 0; i < header.length; i++) {
            String value = row[i].isEmpty() ? "—" : org.springframework.web.util.HtmlUtils.htmlEscape(row[i]);
            assertThat(fields).as(header[i]).contains("<dd>" + value + "</dd>");
        }
        assertThat(fiche).doesNotContain("1234567890A", "jeune@example.org", "Lycée");
        assertThat(journal("PORTAIL_PAGE_JEUNE")).singleElement().satisfies(r -> {
            assertThat(r.get("operateur")).isEqualTo("a@ml-a.fr");
            assertThat(r.get("canal")).isEqualTo("PORTAIL");
            assertThat(((Number) r.get("personne_id")).longValue()).isEqualTo(wave.personA2);
            assertThat(r.get("cible")).isEqualTo(wave.a2);
        });
        mvc.perform(get("/partenaire/export").with(as(a))).andReturn();
        assertThat(journal("PORTAIL_TELECHARGEMENT")).singleElement()
                .satisfies(r -> assertThat(r.get("motif")).isEqualTo("3 lignes"));
    }

    @Test
    void encryptedArchiveHoldsTheExportUnderThePartnersPassphraseAndIsJournaled() throws Exception {
        Holder a = activated(Role.PARTENAIRE, PortalWave.PARTNER_A, "a@ml-a.fr");
        byte[] csv = mvc.perform(get("/partenaire/export").with(as(a))).andReturn().getResponse().getContentAsByteArray();
        var response = mvc.perform(get("/partenaire/export/archive").with(as(a))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        String fileName = PortalWave.PARTNER_A.replaceAll("[^A-Za-z0-9._-]", "_") + "_portail_" + LocalDate.now() + ".csv";
        assertThat(response.getHeader("Content-Disposition")).contains(fileName + ".zip");
        byte[] zip = response.getContentAsByteArray();
        assertThat(new String(zip, StandardCharsets.ISO_8859_1)).doesNotContain(wave.a1, "Leroy");

        String passphrase = archives.passphrase(PortalWave.PARTNER_A, directory.current());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), passphrase.toCharArray())) {
            LocalFileHeader entry = in.getNextEntry();
            assertThat(entry.getFileName()).isEqualTo(fileName);
            assertThat(entry.isEncrypted()).isTrue();
            assertThat(entry.getEncryptionMethod()).isEqualTo(EncryptionMethod.AES);
            assertThat(entry.getAesExtraDataRecord().getAesKeyStrength()).isEqualTo(AesKeyStrength.KEY_STRENGTH_256);
            assertThat(in.readAllBytes()).isEqualTo(csv);
            assertThat(in.getNextEntry()).isNull();
        }
        assertThatThrownBy(() -> {
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), "mauvais-mot-de-passe".toCharArray())) {
                in.getNextEntry();
                in.readAllBytes();
            }
        }).isInstanceOf(ZipException.class);
        assertThat(journal("PORTAIL_TELECHARGEMENT")).extracting(r -> r.get("cible"), r -> r.get("operateur"))
                .containsExactly(tuple(fileName, "a@ml-a.fr"), tuple(fileName + ".zip", "a@ml-a.fr"));

        // Partner B's archive carries B's young people under B's passphrase; the Region gets none.
        Holder b = activated(Role.PARTENAIRE, PortalWave.PARTNER_B, "b@ml-b.fr");
        byte[] zipB = mvc.perform(get("/partenaire/export/archive").with(as(b))).andReturn().getResponse()
                .getContentAsByteArray();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipB),
                archives.passphrase(PortalWave.PARTNER_B, directory.current()).toCharArray())) {
            in.getNextEntry();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains(wave.b1).doesNotContain(wave.a1);
        }
        Holder region = activated(Role.REGION, null, "region@example.org");
        assertThat(mvc.perform(get("/partenaire/export/archive").with(as(region))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void anObjectionTakesTheYoungPersonOutOfEveryPageAtOnce() throws Exception {
        Holder a = activated(Role.PARTENAIRE, PortalWave.PARTNER_A, "a@ml-a.fr");
        assertThat(page(mvc.perform(get("/partenaire").with(as(a))).andReturn(), 200)).contains("Martin Hugo");

        oppositions.oppose(wave.personA2, OppositionSource.JEUNE, "test portail");

        assertThat(page(mvc.perform(get("/partenaire").with(as(a))).andReturn(), 200)).doesNotContain("Martin")
                .contains("Leroy Léa");
        assertThat(mvc.perform(get("/partenaire/jeunes/{id}", wave.a2).with(as(a))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/partenaire/jeunes/{id}/retour", wave.a2).param("statut", "CONTACTE")
                .param("date", "2026-06-20").with(as(a)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/partenaire/export").with(as(a))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(wave.a2, "Martin").contains(wave.a1);
        byte[] zip = mvc.perform(get("/partenaire/export/archive").with(as(a))).andReturn().getResponse()
                .getContentAsByteArray();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip),
                archives.passphrase(PortalWave.PARTNER_A, directory.current()).toCharArray())) {
            in.getNextEntry();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain(wave.a2, "Martin")
                    .contains(wave.a1);
        }
    }

    @Test
    void figuresAgreeWithTheHandComputedWave() throws Exception {
        Holder a = activated(Role.PARTENAIRE, PortalWave.PARTNER_A, "a@ml-a.fr");
        mvc.perform(post("/partenaire/jeunes/{id}/retour", wave.a2).param("statut", "CONTACTE").param("date", "2026-06-20")
                .with(as(a)).with(csrf())).andReturn();

        // A: 3 sent (A1, A2, A3), feedback on 2 (A2 CONTACTE in time, A3 INJOIGNABLE by file), 1 contacted;
        // with a deadline: A2 and A3, contacted by it: A2 -> 1 of 2.
        String figures = page(mvc.perform(get("/partenaire/chiffres").with(as(a))).andReturn(), 200);
        assertThat(figures).contains("1 jeune(s) contacté(s) avant la date limite de rappel sur 2", "(50,0 %)");
        String table = figures.substring(figures.indexOf("<tbody>"), figures.indexOf("</tbody>"));
        assertThat(table.replaceAll("\\s+", "")).contains("<td>P1</td><td>3</td><td>2</td><td>1(33,3%)</td>"
                + "<td>0(0,0%)</td><td>0(0,0%)</td><td>1</td><td>0</td>");
        // The Region: A3 (due 27/06, only INJOIGNABLE) and B2 (due 26/06, no feedback) are overdue; A2 is not.
        Holder region = activated(Role.REGION, null, "suivi@region.fr");
        String overdue = page(mvc.perform(get("/region/retards").with(as(region))).andReturn(), 200);
        assertThat(overdue).contains("2 orientation(s)", wave.a3, wave.b2).doesNotContain(wave.a2);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        Map<String, String> headers = new java.util.HashMap<>();
        var response = mvc.perform(get("/connexion")).andReturn().getResponse();
        response.getHeaderNames().forEach(n -> headers.put(n, response.getHeader(n)));
        assertThat(headers.get("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(headers).containsEntry("X-Frame-Options", "DENY").containsEntry("Referrer-Policy", "no-referrer");
        assertThat(mvc.perform(get("/partenaire")).andReturn().getResponse().getRedirectedUrl()).endsWith("/connexion");
    }

    private List<Map<String, Object>> journal(String action) {
        return jdbc.queryForList("SELECT operateur, canal, personne_id, cible, motif FROM journal_operateur WHERE action = ? ORDER BY id",
                action);
    }

    /** The page's HTML with its CSRF tokens blanked (they differ at each answer), checking the status. */
    static String page(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(status);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }
}
