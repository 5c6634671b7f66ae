package fr.raccrochage.core;

import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a parameter-driven job, or restarts it where an interrupted run stopped: an execution
 * left STARTED by a killed process is first marked FAILED (safe because the caller holds the
 * {@link RunLock}), so the next start resumes from its last committed chunk.
 */
@Component
public class JobRunner {

    private final JobOperator operator;
    private final JobRepository repository;

    public JobRunner(JobOperator operator, JobRepository repository) {
        this.operator = operator;
        this.repository = repository;
    }

    public JobExecution run(Job job, JobParameters parameters) {
        JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
        if (last != null && last.isRunning()) {
            operator.recover(last);
        }
        try {
            JobExecution execution = operator.start(job, parameters);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                List<Throwable> failures = execution.getAllFailureExceptions();
                Throwable cause = failures.isEmpty() ? null : failures.get(0);
                throw new JobFailedException("Le traitement %s a échoué%s. Relancez la même commande : il reprendra là où il s'est arrêté."
                        .formatted(job.getName(), cause == null ? "" : " (" + rootMessage(cause) + ")"), cause);
            }
            return execution;
        } catch (JobFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new JobFailedException("Le traitement %s n'a pas pu démarrer (%s).".formatted(job.getName(), rootMessage(e)), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
