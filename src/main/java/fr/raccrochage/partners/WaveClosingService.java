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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
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
    private final RaccrochageProperties properties;
    private final CommuneDirectory communes;
    private final OutputGate gate;
    private final IdentityService identity;

    public WaveClosingService(JdbcRoutingDao dao, JdbcYoungPeopleDao people, JobRunner runner,
            @Qualifier("routingJob") Job routingJob, RaccrochageProperties properties,
            CommuneDirectory communes, OutputGate gate, IdentityService identity) {
        this.gate = gate;
        this.identity = identity;
        this.dao = dao;
        this.people = people;
        this.runner = runner;
        this.routingJob = routingJob;
        this.properties = properties;
        this.communes = communes;
    }

    /**
     * Routing needs the Region's real partners: until a directory has been imported, closing would
     * send young people to nobody (or, in older databases, to the fictitious example partners).
     */
    void requireImportedDirectory(String waveId) {
        if (!dao.directoryImported()) {
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
                    .addLong("deja_decides", (long) dao.decidedCases(waveId))
                    .toJobParameters());
        }
        Path regionFile = properties.waveOutputDirectory(waveId).resolve(REGION_FILE);
        writeRegionList(waveId, regionFile);
        return summary(waveId, closingDate, toDecide, regionFile);
    }

    private ClosingSummary summary(String waveId, LocalDate closingDate, int decidedNow, Path regionFile) {
        return new ClosingSummary(waveId, closingDate,
                dao.cases(waveId), decidedNow, dao.closedAtClosing(waveId), dao.closedWithCallback(waveId),
                dao.decisions(waveId), dao.referralsByMotif(waveId), dao.partnersReferredTo(waveId),
                dao.regionByMotif(waveId), dao.withoutFollowUp(waveId), regionFile);
    }

    /** The Region's own list: the cases no partner can take, with what its staff need to act. */
    private void writeRegionList(String waveId, Path target) {
        List<Map<String, Object>> rows = dao.regionRows(waveId);
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
        return codeInsee == null ? null : communes.current(codeInsee).map(c -> c.nom()).orElse(null);
    }
}
