package fr.raccrochage.scheduling;

import fr.raccrochage.core.JobRunner;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** Runs (or resumes) the night of a date; a night already done is only reported again. */
@Service
public class NightlyService {

    /** @param alreadyDone the night had completed before: nothing was run this time */
    public record NightSummary(LocalDate night, boolean alreadyDone, List<NightNote> notes) {

        public boolean needsOperator() {
            return notes.stream().anyMatch(NightNote::needsOperator);
        }
    }

    private final JobRunner runner;
    private final JobRepository repository;
    private final Job nuitJob;
    private final NightlyProperties properties;

    public NightlyService(JobRunner runner, JobRepository repository, @Qualifier("nuitJob") Job nuitJob,
            NightlyProperties properties) {
        this.runner = runner;
        this.repository = repository;
        this.nuitJob = nuitJob;
        this.properties = properties;
    }

    public NightSummary run(LocalDate night) {
        JobParameters parameters = parameters(night);
        JobExecution last = repository.getLastJobExecution(nuitJob.getName(), parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return summary(night, true, last);
        }
        return summary(night, false, runner.run(nuitJob, parameters));
    }

    private JobParameters parameters(LocalDate night) {
        JobParametersBuilder builder = new JobParametersBuilder().addLocalDate("nuit", night);
        if (properties.vague() != null) {
            // Not identifying: it only tags the log lines with the wave in progress.
            builder.addString("vague", properties.vague(), false);
        }
        return builder.toJobParameters();
    }

    private static NightSummary summary(LocalDate night, boolean alreadyDone, JobExecution execution) {
        return new NightSummary(night, alreadyDone,
                NightTask.notes(execution.getExecutionContext()));
    }
}
