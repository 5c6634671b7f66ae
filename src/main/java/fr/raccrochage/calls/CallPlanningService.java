package fr.raccrochage.calls;

import fr.raccrochage.core.JobRunner;
import fr.raccrochage.core.RaccrochageProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** {@code vague planifier}: runs the planning job when some young person of the wave has no case, then writes the sheet. */
@Service
public class CallPlanningService {

    /**
     * The wave's figures, counted from what is stored.
     *
     * @param plannedNow cases created by this run (0 when everything was already planned)
     * @param exclusions EXCLU cases per reason, in the order of the policy
     * @param shortCases cases to call with fewer than ten attempts planned (period or capacity too small)
     * @param numbersAdded numbers a later list brought for young people whose case is open, now on it
     */
    public record PlanningSummary(CallingPeriod period, int persons, int plannedNow, int toCall, int withoutNumber,
            Map<String, Integer> exclusions, int attempts, int shortCases, Path sheet, Duration duration,
            int numbersAdded) {

        public int excluded() {
            return exclusions.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    static final List<String> EXCLUSION_ORDER = List.of(Exclusion.OPPOSITION, Exclusion.SUIVI_PARTENAIRE,
            Exclusion.EN_SOLUTION_RECENT, Exclusion.ISSUE_ANTERIEURE, Exclusion.HORS_AGE);

    private final JdbcCallsDao dao;
    private final JobRunner runner;
    private final Job callPlanningJob;
    private final JdbcTemplate jdbc;
    private final CallSheets sheets;
    private final RaccrochageProperties properties;
    private final CallCaseChanges changes;

    public CallPlanningService(JdbcCallsDao dao, JobRunner runner, @Qualifier("callPlanningJob") Job callPlanningJob,
            JdbcTemplate jdbc, CallSheets sheets, RaccrochageProperties properties, CallCaseChanges changes) {
        this.changes = changes;
        this.dao = dao;
        this.runner = runner;
        this.callPlanningJob = callPlanningJob;
        this.jdbc = jdbc;
        this.sheets = sheets;
        this.properties = properties;
    }

    /** The period the wave was planned with, if it was. */
    public Optional<CallingPeriod> plannedPeriod(String waveId) {
        return dao.period(waveId);
    }

    /** Records of the wave not yet linked to a young person ({@code doublons resoudre} not run). */
    public int unlinkedRecords(String waveId) {
        return count("""
                SELECT COUNT(*) FROM siei_enregistrement e WHERE e.vague_id = ? AND NOT EXISTS
                (SELECT 1 FROM siei_lien_personne l WHERE l.fichier_id = e.fichier_id AND l.ligne = e.ligne)""", waveId);
    }

    /**
     * Plans the wave's young people who have no case yet, then writes the sheet. Refused, nothing
     * stored, while the wave was planned over other dates ({@link PlannedWithOtherDatesException}) or
     * while some of its records are not linked to a young person yet: duplicates are resolved first,
     * or the unlinked would never be called.
     */
    public PlanningSummary plan(String waveId, CallingPeriod period) {
        plannedPeriod(waveId).filter(p -> !p.equals(period)).ifPresent(p -> {
            throw new PlannedWithOtherDatesException(waveId, p);
        });
        int unlinked = unlinkedRecords(waveId);
        if (unlinked > 0) {
            throw new RecordsNotLinkedException(waveId, unlinked);
        }
        Instant start = Instant.now();
        int persons = count("SELECT COUNT(DISTINCT personne_id) FROM siei_lien_personne WHERE vague_id = ?", waveId);
        int before = dao.caseCount(waveId);
        if (before < persons) {
            runner.run(callPlanningJob, new JobParametersBuilder()
                    .addString("vague", waveId)
                    .addLocalDate("debut", period.debut())
                    .addLocalDate("fin", period.fin())
                    .addLong("personnes", (long) persons)
                    .addLong("dossiers", (long) before)
                    .toJobParameters());
        }
        // A later list may bring a new number for a young person whose case is open: it joins the case.
        int numbersAdded = before == 0 ? 0 : changes.takeNewNumbers(waveId);
        sheets.writeSheet(waveId);
        Map<String, Integer> exclusions = new LinkedHashMap<>();
        for (String reason : EXCLUSION_ORDER) {
            exclusions.put(reason, count("SELECT COUNT(*) FROM dossier_appel WHERE vague_id = ? AND exclusion = '"
                    + reason + "'", waveId));
        }
        return new PlanningSummary(period, persons, dao.caseCount(waveId) - before,
                count("SELECT COUNT(*) FROM dossier_appel WHERE vague_id = ? AND statut NOT IN ('EXCLU', 'SANS_NUMERO')",
                        waveId),
                count("SELECT COUNT(*) FROM dossier_appel WHERE vague_id = ? AND statut = 'SANS_NUMERO'", waveId),
                exclusions,
                count("""
                        SELECT COUNT(*) FROM tentative_prevue t JOIN dossier_appel d ON d.id_appel = t.id_appel
                        WHERE d.vague_id = ?""", waveId),
                count("""
                        SELECT COUNT(*) FROM dossier_appel d WHERE d.vague_id = ? AND d.statut = 'A_APPELER'
                        AND (SELECT COUNT(*) FROM tentative_prevue t WHERE t.id_appel = d.id_appel)
                          + (SELECT COUNT(*) FROM resultat_appel r WHERE r.id_appel = d.id_appel) < 10""", waveId),
                CallSheets.sheetFile(properties, waveId), Duration.between(start, Instant.now()), numbersAdded);
    }

    private int count(String sql, String waveId) {
        return jdbc.queryForObject(sql, Integer.class, waveId);
    }
}
