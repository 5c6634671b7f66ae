package fr.raccrochage.identity;

import fr.raccrochage.core.JobRunner;
import java.time.Duration;
import java.time.Instant;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;
    private final PairReview review;

    public IdentityService(JdbcIdentityDao dao, JobRunner runner, @Qualifier("identityJob") Job identityJob,
            JdbcTemplate jdbc, PairReview review) {
        this.dao = dao;
        this.review = review;
        this.runner = runner;
        this.identityJob = identityJob;
        this.jdbc = jdbc;
    }

    /** Resolves the wave's records not linked yet; the figures are what this run did (0 when it had nothing to do). */
    public IdentitySummary resolve(String waveId) {
        Instant start = Instant.now();
        int records = dao.recordCount(waveId);
        int unlinked = records - dao.linkedCount(waveId);
        int[] before = counts(waveId);
        if (unlinked > 0) {
            runner.run(identityJob, new JobParametersBuilder()
                    .addString("vague", waveId)
                    .addLong("enregistrements", (long) records)
                    .toJobParameters());
        }
        int[] after = counts(waveId);
        return new IdentitySummary(records, unlinked, after[0] - before[0], after[1] - before[1],
                review.pendingDuplicates(waveId), flaggedRecords(waveId), Duration.between(start, Instant.now()));
    }

    /** Persons created by the wave, its records linked to an earlier wave's person. */
    private int[] counts(String waveId) {
        return new int[] {count("SELECT COUNT(*) FROM personne WHERE vague_creation = ?", waveId), count("""
                SELECT COUNT(*) FROM siei_lien_personne l JOIN personne p ON p.id = l.personne_id
                WHERE l.vague_id = ? AND p.vague_creation <> l.vague_id""", waveId)};
    }

    /** The wave's records marked DOUBLON_POSSIBLE: the lines {@code doublons extraire} shows with that decision. */
    public int flaggedRecords(String waveId) {
        return count("SELECT COUNT(*) FROM siei_lien_personne WHERE vague_id = ? AND decision = 'DOUBLON_POSSIBLE'",
                waveId);
    }

    /** Whether the wave has records not yet linked to a person (two index counts, no scan). */
    public boolean hasUnlinkedRecords(String waveId) {
        return dao.recordCount(waveId) > dao.linkedCount(waveId);
    }

    private int count(String sql, String waveId) {
        return jdbc.queryForObject(sql, Integer.class, waveId);
    }
}
