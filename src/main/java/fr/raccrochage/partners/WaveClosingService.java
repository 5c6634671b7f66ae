package fr.raccrochage.partners;

import fr.raccrochage.calls.RecordsNotLinkedException;
import fr.raccrochage.core.inbound.FileRefusedException;
import fr.raccrochage.core.JobRunner;
import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.SpreadsheetCells;
import fr.raccrochage.core.commune.CommuneDirectory;
import fr.raccrochage.core.phone.PhoneNumber;
import fr.raccrochage.core.privacy.OutputGate;
import fr.raccrochage.identity.IdentityService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * {@code vague cloturer}: closes the wave's open cases and routes every case (routing job), then
 * writes the Region's list and counts what became of each case.
 */
@Service
public class WaveClosingService {

    static final String REGION_FILE = "orientation-region.csv";
    static final String[] REGION_HEADER = {"id_appel", "motif", "details", "statut", "nom", "prenom", "date_naissance",
        "telephones", "code_insee_residence", "commune_residence"};
    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcRoutingDao dao;
    private final JdbcYoungPeopleDao people;
    private final JobRunner runner;
    private final Job routingJob;
    private final JdbcTemplate jdbc;
    private final RaccrochageProperties properties;
    private final CommuneDirectory communes;
    private final OutputGate gate;
    private final IdentityService identity;

    public WaveClosingService(JdbcRoutingDao dao, JdbcYoungPeopleDao people, JobRunner runner,
            @Qualifier("routingJob") Job routingJob, JdbcTemplate jdbc, RaccrochageProperties properties,
            CommuneDirectory communes, OutputGate gate, IdentityService identity) {
        this.gate = gate;
        this.identity = identity;
        this.dao = dao;
        this.people = people;
        this.runner = runner;
        this.routingJob = routingJob;
        this.jdbc = jdbc;
        this.properties = properties;
        this.communes = communes;
    }

    /**
     * Routing needs the Region's real partners: until a directory has been imported, closing would
     * send young people to nobody (or, in older databases, to the fictitious example partners).
     */
    void requireImportedDirectory(String waveId) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM import_annuaire", Integer.class) == 0) {
            throw new FileRefusedException("Aucun annuaire des partenaires n'a encore été importé : la vague " + waveId
                    + " n'est pas clôturée, pour n'orienter personne vers des partenaires inexistants. Importez l'annuaire "
                    + "de la Région avec « raccrochage partenaires importer <fichier> », puis relancez la clôture.");
        }
    }

    /**
     * Decides every case of the wave not yet decided, then writes the Region's list. Refused, nothing
     * stored, while no real directory was imported or while records of the wave are not linked to a
     * young person yet (duplicates are resolved first).
     */
    public ClosingSummary close(String waveId, LocalDate closingDate) {
        requireImportedDirectory(waveId);
        int unlinked = identity.unlinkedRecords(waveId);
        if (unlinked > 0) {
            throw new RecordsNotLinkedException(waveId, unlinked);
        }
        int toDecide = dao.casesToClose(waveId);
        if (toDecide > 0) {
            runner.run(routingJob, new JobParametersBuilder()
                    .addString("vague", waveId)
                    .addString("date_cloture", closingDate.toString())
                    .addLong("dossiers", (long) toDecide)
                    .addLong("deja_decides", (long) count("SELECT COUNT(*) FROM cloture_dossier WHERE vague_id = ?", waveId))
                    .toJobParameters());
        }
        Path regionFile = properties.waveOutputDirectory(waveId).resolve(REGION_FILE);
        writeRegionList(waveId, regionFile);
        return summary(waveId, closingDate, toDecide, regionFile);
    }

    private ClosingSummary summary(String waveId, LocalDate closingDate, int decidedNow, Path regionFile) {
        return new ClosingSummary(waveId, closingDate,
                count("SELECT COUNT(*) FROM dossier_appel WHERE vague_id = ?", waveId), decidedNow,
                count("SELECT COUNT(*) FROM cloture_dossier WHERE vague_id = ? AND ferme = TRUE", waveId),
                count("SELECT COUNT(*) FROM cloture_dossier WHERE vague_id = ? AND ferme = TRUE AND statut_avant = 'RAPPEL'", waveId),
                grouped("SELECT decision, COUNT(*) FROM cloture_dossier WHERE vague_id = ? GROUP BY decision ORDER BY decision", waveId),
                grouped("""
                        SELECT o.motif, COUNT(*) FROM orientation o JOIN dossier_appel d ON d.id_appel = o.id_appel
                        WHERE d.vague_id = ? GROUP BY o.motif ORDER BY o.motif""", waveId),
                count("""
                        SELECT COUNT(DISTINCT o.partenaire_id) FROM orientation o JOIN dossier_appel d ON d.id_appel = o.id_appel
                        WHERE d.vague_id = ?""", waveId),
                grouped("""
                        SELECT r.motif, COUNT(*) FROM orientation_region r JOIN dossier_appel d ON d.id_appel = r.id_appel
                        WHERE d.vague_id = ? GROUP BY r.motif ORDER BY r.motif""", waveId),
                withoutFollowUp(waveId),
                regionFile);
    }

    /** SANS_SUITE cases per status, an exclusion named by its reason (EXCLU_OPPOSITION). */
    private Map<String, Integer> withoutFollowUp(String waveId) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.query("""
                SELECT d.statut, d.exclusion, COUNT(*) FROM cloture_dossier c JOIN dossier_appel d ON d.id_appel = c.id_appel
                WHERE c.vague_id = ? AND c.decision = 'SANS_SUITE' GROUP BY d.statut, d.exclusion""", rs -> {
                    String status = rs.getString(1);
                    String key = "EXCLU".equals(status) && rs.getString(2) != null ? "EXCLU_" + rs.getString(2) : status;
                    counts.merge(key, rs.getInt(3), Integer::sum);
                }, waveId);
        return counts;
    }

    /** The Region's own list: the cases no partner can take, with what its staff need to act. */
    private void writeRegionList(String waveId, Path target) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT r.id_appel, r.motif, r.details, d.statut, d.personne_id
                FROM orientation_region r JOIN dossier_appel d ON d.id_appel = r.id_appel
                WHERE d.vague_id = ? ORDER BY r.id_appel""", waveId);
        // Asked last: nobody who objected or was erased is on the Region's list either.
        java.util.Set<Long> barred = gate.barred(rows.stream().map(r -> ((Number) r.get("personne_id")).longValue())
                .toList());
        rows = rows.stream().filter(r -> !barred.contains(((Number) r.get("personne_id")).longValue())).toList();
        Map<Long, YoungPerson> young = rows.isEmpty() ? Map.of() : people.ofWave(waveId);
        Map<String, List<String>> phones = rows.isEmpty() ? Map.of() : people.usablePhones(waveId);
        ExportFiles.write(target, REGION_HEADER, rows.stream().map(row -> {
            String id = (String) row.get("id_appel");
            YoungPerson person = young.get(((Number) row.get("personne_id")).longValue());
            return new String[] {id, (String) row.get("motif"), SpreadsheetCells.safe((String) row.get("details")),
                (String) row.get("statut"), person == null ? null : SpreadsheetCells.safe(person.identity().lastName()),
                person == null ? null : SpreadsheetCells.safe(person.identity().firstNames()),
                person == null || person.identity().birthDate() == null ? null : person.identity().birthDate().format(FRENCH_DATE),
                phones(phones.get(id), person), person == null ? null : person.codeInseeResidence(),
                person == null ? null : communeName(person.codeInseeResidence())};
        }).toList());
    }

    static String phones(List<String> usable, YoungPerson person) {
        List<String> numbers = usable != null ? usable : person == null ? List.of() : person.sieiPhones();
        return numbers.stream().map(n -> SpreadsheetCells.safe(PhoneNumber.display(n))).collect(Collectors.joining(" | "));
    }

    String communeName(String codeInsee) {
        return codeInsee == null ? null : communes.byCode(codeInsee).map(c -> c.nom()).orElse(null);
    }

    private int count(String sql, String waveId) {
        return jdbc.queryForObject(sql, Integer.class, waveId);
    }

    private Map<String, Integer> grouped(String sql, String waveId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getInt(2));
        }, waveId);
        return counts;
    }
}
