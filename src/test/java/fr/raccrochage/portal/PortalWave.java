package fr.raccrochage.portal;

import static fr.raccrochage.core.inbound.InboundKind.RESULTATS_APPELS;
import static fr.raccrochage.core.inbound.InboundKind.RETOURS_PARTENAIRES;
import static fr.raccrochage.core.inbound.InboundKind.SIEI;

import fr.raccrochage.ReceivedFilesTables;
import fr.raccrochage.partners.FeedbackImportService;
import fr.raccrochage.partners.PartnerDirectoryService;
import fr.raccrochage.partners.PartnerExportService;
import fr.raccrochage.partners.WaveClosingService;
import fr.raccrochage.partners.WaveFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;

/**
 * A small hand-computed wave for the portal's tests, through the real stages: seeded cases, the
 * real closing (routing job), the real export, one feedback file through {@code retours importer}.
 *
 * <pre>
 * partner A = ML-200057867 (Saint-Denis area)       partner B = ML-200072346 (Melun area)
 *   A1 Leroy Léa     INJOIGNABLE, 93066, no deadline   B1 Blanc Jade  INJOIGNABLE, 77001
 *   A2 Martin Hugo   ORIENTE_ML 10/06 -> by 25/06      B2 Petit Inès  ORIENTE_ML 11/06 -> by 26/06
 *   A3 Moreau Nina   ORIENTE_ML 12/06 -> by 27/06, file feedback INJOIGNABLE 28/06
 * </pre>
 */
public final class PortalWave {

    public static final String PARTNER_A = "ML-200057867";
    public static final String PARTNER_B = "ML-200072346";
    public static final String WAVE = "P1";
    static final Path DIRECTORY = Path.of("sample-data", "partenaires-idf-exemple.csv");

    public final String a1;
    public final String a2;
    public final String a3;
    public final String b1;
    public final String b2;
    public final long personA2;

    private PortalWave(String a1, String a2, String a3, String b1, String b2, long personA2) {
        this.a1 = a1;
        this.a2 = a2;
        this.a3 = a3;
        this.b1 = b1;
        this.b2 = b2;
        this.personA2 = personA2;
    }

    public List<String> ofA() {
        return List.of(a1, a2, a3);
    }

    public List<String> ofB() {
        return List.of(b1, b2);
    }

    /** Empties what the portal reads and writes, then builds the wave. */
    public static PortalWave build(JdbcTemplate jdbc, PartnerDirectoryService directory, WaveClosingService closing,
            PartnerExportService exports, FeedbackImportService feedback, Path files) throws Exception {
        JdbcTestUtils.deleteFromTables(jdbc, "journal_operateur", "opposition", "retour_partenaire",
                "portail_compte", "export_ligne", "export_partenaire", "orientation_region", "orientation",
                "cloture_dossier", "cloture_vague", "resultat_appel", "numero_appel",
                "tentative_prevue", "dossier_appel", "siei_lien_personne", "personne", "siei_enregistrement");
        ReceivedFilesTables.delete(jdbc, RETOURS_PARTENAIRES, RESULTATS_APPELS, SIEI);
        JdbcTestUtils.deleteFromTables(jdbc, "vague", "batch_step_execution_context", "batch_step_execution", "batch_job_execution_context",
                "batch_job_execution_params", "batch_job_execution", "batch_job_instance");
        directory.importFile(DIRECTORY);
        WaveFixture w = new WaveFixture(jdbc, WAVE, 1);
        LocalDateTime closed = LocalDateTime.of(2026, 6, 20, 11, 0);
        String a1 = w.callCase(1, w.person("Leroy", "Léa", "2008-04-10", "93066", "JEUNE", null, ""), "INJOIGNABLE", closed,
                null, null, null);
        w.number(a1, "+33612345601", "JEUNE", null);
        long personA2 = w.person("Martin", "Hugo", "2007-01-02", "93001", "JEUNE", null, "");
        String a2 = w.callCase(2, personA2, "ORIENTE_ML", closed, null, null, null);
        w.result(a2, 1, LocalDateTime.of(2026, 6, 10, 14, 30), "ORIENTE_ML");
        String a3 = w.callCase(3, w.person("Moreau", "Nina", "2008-02-03", "93066", "JEUNE", null, ""), "ORIENTE_ML", closed,
                null, null, null);
        w.result(a3, 1, LocalDateTime.of(2026, 6, 12, 9, 0), "ORIENTE_ML");
        String b1 = w.callCase(4, w.person("Blanc", "Jade", "2008-08-08", "77001", "JEUNE", null, ""), "INJOIGNABLE", closed,
                null, null, null);
        String b2 = w.callCase(5, w.person("Petit", "Inès", "2008-11-30", "77001", "JEUNE", null, ""), "ORIENTE_ML", closed,
                null, null, null);
        w.result(b2, 1, LocalDateTime.of(2026, 6, 11, 16, 0), "ORIENTE_ML");
        closing.close(WAVE, LocalDate.of(2026, 6, 30));
        exports.export(WAVE, List.of(), LocalDateTime.of(2026, 7, 1, 10, 0));
        Path file = files.resolve("retours-a.csv");
        Files.writeString(file, "ID_APPEL;PARTENAIRE_ID;STATUT;DATE\n" + a3 + ";" + PARTNER_A + ";INJOIGNABLE;28/06/2026\n",
                StandardCharsets.UTF_8);
        feedback.importFile(file, LocalDate.of(2026, 7, 2));
        return new PortalWave(a1, a2, a3, b1, b2, personA2);
    }
}
