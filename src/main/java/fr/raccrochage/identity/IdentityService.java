package fr.raccrochage.identity;

import fr.raccrochage.core.JobRunner;
import java.time.Duration;
import java.time.Instant;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** {@code doublons resoudre}: runs the identity job for a wave when some record has no person yet. */
@Service
public class IdentityService {

    /**
     * The wave's figures, counted from what is stored.
     *
     * @param possibleDuplicates the wave's pairs of young people still to settle after this run
     *        ({@link PairReview#pendingDuplicates}: the pairs {@code doublons a-verifier} lists)
     * @param flaggedRecords the wave's records whose link says DOUBLON_POSSIBLE (the lines of
     *        {@code doublons extraire}): the first record of a young person who may be another one
     */
    public record IdentitySummary(int records, int linkedNow, int personsCreated, int linkedToEarlierPersons,
            int possibleDuplicates, int flaggedRecords, Duration duration) {
    }

    private final JdbcIdentityDao dao;
    private final JobRunner runner;
    private final Job identityJob;
    private final PairReview review;

    public IdentityService(JdbcIdentityDao dao, JobRunner runner, @Qualifier("identityJob") Job identityJob,
            PairReview review) {
        this.dao = dao;
        this.review = review;
        this.runner = runner;
        this.identityJob = identityJob;
    }

    /** Resolves the wave's records not linked yet; the figures are what this run did (0 when it had nothing to do). */
    public IdentitySummary resolve(String waveId) {
        Instant start = Instant.now();
        int records = dao.recordCount(waveId);
        int unlinked = records - dao.linkedCount(waveId);
        boolean firstRun = unlinked == records;
        int[] before = firstRun ? new int[3] : counts(waveId);
        int[] after = null;
        if (unlinked > 0) {
            JobExecution execution = runner.run(identityJob, new JobParametersBuilder()
                    .addString("vague", waveId)
                    .addLong("enregistrements", (long) records)
                    .toJobParameters());
            // A wave's first run: nothing of the wave was stored before it, so what it wrote is the
            // wave's whole count (three passes over a million links saved); otherwise, count.
            after = firstRun ? written(execution) : null;
        }
        if (after == null) {
            after = counts(waveId);
        }
        return new IdentitySummary(records, unlinked, after[0] - before[0], after[1] - before[1],
                review.pendingDuplicates(waveId), after[2], Duration.between(start, Instant.now()));
    }

    /** The counts the job's step recorded, or null when it recorded none. */
    private static int[] written(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            var context = step.getExecutionContext();
            if (context.containsKey(IdentityJobConfiguration.PERSONS)) {
                return new int[] {context.getInt(IdentityJobConfiguration.PERSONS),
                    context.getInt(IdentityJobConfiguration.TO_EXISTING), context.getInt(IdentityJobConfiguration.FLAGGED)};
            }
        }
        return null;
    }

    /** Persons created by the wave, its records linked to an earlier wave's person, its flagged records. */
    private int[] counts(String waveId) {
        return dao.resolutionCounts(waveId);
    }

    /** The wave's records marked DOUBLON_POSSIBLE: the lines {@code doublons extraire} shows with that decision. */
    public int flaggedRecords(String waveId) {
        return dao.flaggedRecordCount(waveId);
    }

    /** Whether the wave has records not yet linked to a person (two index counts, no scan). */
    public boolean hasUnlinkedRecords(String waveId) {
        return unlinkedRecords(waveId) > 0;
    }

    /** Records of the wave not linked to a young person yet: what planning and closing wait for. */
    public int unlinkedRecords(String waveId) {
        return Math.max(0, dao.recordCount(waveId) - dao.linkedCount(waveId));
    }
}
