package fr.raccrochage.calls;

import fr.raccrochage.core.JobRunner;
import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.core.cases.CaseStatus;
import fr.raccrochage.identity.IdentityService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
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
    private final CallSheets sheets;
    private final RaccrochageProperties properties;
    private final CallCaseChanges changes;
    private final IdentityService identity;

    public CallPlanningService(JdbcCallsDao dao, JobRunner runner, @Qualifier("callPlanningJob") Job callPlanningJob,
            CallSheets sheets, RaccrochageProperties properties, CallCaseChanges changes,
            IdentityService identity) {
        this.identity = identity;
        this.changes = changes;
        this.dao = dao;
        this.runner = runner;
        this.callPlanningJob = callPlanningJob;
        this.sheets = sheets;
        this.properties = properties;
    }

    /** The period the wave was planned with, if it was. */
    public Optional<CallingPeriod> plannedPeriod(String waveId) {
        return dao.period(waveId);
    }

    /** Records of the wave not yet linked to a young person ({@code doublons resoudre} not run). */
    public int unlinkedRecords(String waveId) {
        return identity.unlinkedRecords(waveId);
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
        int persons = dao.linkedPersons(waveId);
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
        return new PlanningSummary(period, persons, dao.caseCount(waveId) - before, dao.casesToCall(waveId),
                dao.casesWithStatus(waveId, CaseStatus.SANS_NUMERO), dao.exclusions(waveId, EXCLUSION_ORDER),
                dao.plannedAttemptCount(waveId), dao.shortCases(waveId), CallSheets.sheetFile(properties, waveId),
                Duration.between(start, Instant.now()), numbersAdded);
    }
}
