package fr.raccrochage.core;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Starts a parameter-driven job, or restarts it where an interrupted run stopped. Every run
 * holds the {@link RunLock} (joined if the command took it already), which is what makes the
 * recovery safe: an execution left STARTED by a killed process, or UNKNOWN by a commit whose
 * outcome was lost with the database connection, cannot belong to a live run, so it is marked
 * FAILED and the next start resumes it. Steps resume from what the database holds (their
 * readers skip what is stored), not only from a step context that may be behind it.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final RunLock lock;

    public JobRunner(JobOperator operator, JobRepository repository, RunLock lock) {
        this.operator = operator;
        this.repository = repository;
        this.lock = lock;
    }

    public JobExecution run(Job job, JobParameters parameters) {
        String wave = parameters.getString("vague");
        // A job started from a step of another (the night) hands the tags back when it ends.
        String outerJob = MDC.get("job");
        String outerWave = MDC.get("vague");
        MDC.put("job", job.getName());
        MDC.put("vague", wave == null ? (outerWave == null ? "-" : outerWave) : wave);
        try (RunLock.Held held = lock.acquire()) {
            log.info("Démarrage de {} ({})", job.getName(), describe(parameters));
            JobExecution execution = startOrResume(job, parameters);
            log.info("{} terminé : {}", job.getName(), execution.getStatus());
            return execution;
        } finally {
            restore("job", outerJob);
            restore("vague", outerWave);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    private JobExecution startOrResume(Job job, JobParameters parameters) {
        try {
            recoverInterrupted(job, parameters);
        } catch (RuntimeException e) {
            throw DatabaseFaults.isConnectionLoss(e) ? new DatabaseUnavailableException(e) : e;
        }
        try {
            JobExecution execution = operator.start(job, parameters);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                List<Throwable> failures = execution.getAllFailureExceptions();
                Throwable cause = failures.isEmpty() ? null : failures.get(0);
                if (failures.stream().anyMatch(DatabaseFaults::isConnectionLoss)) {
                    throw new DatabaseUnavailableException(cause);
                }
                throw new JobFailedException("Le traitement %s a échoué%s. Relancez la même commande : il reprendra là où il s'est arrêté."
                        .formatted(job.getName(), cause == null ? "" : " (" + rootMessage(cause) + ")"), cause);
            }
            return execution;
        } catch (JobFailedException e) {
            throw e;
        } catch (Exception e) {
            if (DatabaseFaults.isConnectionLoss(e)) {
                throw new DatabaseUnavailableException(e);
            }
            throw new JobFailedException("Le traitement %s n'a pas pu démarrer (%s).".formatted(job.getName(), rootMessage(e)), e);
        }
    }

    private void recoverInterrupted(Job job, JobParameters parameters) {
        forgetInstanceWithoutExecution(job, parameters);
        JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
        if (last != null && last.isRunning()) {
            log.warn("Le traitement {} interrompu (exécution {}, processus arrêté) reprend là où il s'est arrêté",
                    job.getName(), last.getId());
            operator.recover(last);
            last = repository.getLastJobExecution(job.getName(), parameters);
        }
        if (last != null) {
            failUnknown(last);
        }
    }

    /**
     * UNKNOWN is Spring Batch's "a commit failed and may or may not have happened": it refuses to
     * restart such an execution and asks a human. Under the run lock nobody else is writing, and
     * each step resumes from what the database holds, so FAILED is the truth to record.
     */
    private void failUnknown(JobExecution last) {
        boolean unknown = false;
        for (StepExecution step : last.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN) {
                unknown = true;
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("UNKNOWN après une perte de connexion, reprise"));
                if (step.getEndTime() == null) {
                    step.setEndTime(LocalDateTime.now());
                }
                repository.update(step);
            }
        }
        if (last.getStatus() == BatchStatus.UNKNOWN || (unknown && last.getStatus() != BatchStatus.FAILED)) {
            unknown = true;
            last.setStatus(BatchStatus.FAILED);
            last.setExitStatus(ExitStatus.FAILED.addExitDescription("UNKNOWN après une perte de connexion, reprise"));
            if (last.getEndTime() == null) {
                last.setEndTime(LocalDateTime.now());
            }
            repository.update(last);
        }
        if (unknown) {
            log.warn("Le traitement {} interrompu (exécution {}, connexion à la base perdue) reprend là où il s'est arrêté",
                    last.getJobInstance().getJobName(), last.getId());
        }
    }

    /**
     * The job repository creates an instance and its first execution in two transactions: a
     * process killed in between leaves an instance that no start can resume. Nothing ran for it,
     * so it is removed and the job starts afresh.
     */
    private void forgetInstanceWithoutExecution(Job job, JobParameters parameters) {
        JobInstance instance = repository.getJobInstance(job.getName(), parameters);
        if (instance != null && repository.getJobExecutions(instance).isEmpty()) {
            log.warn("Instance {} de {} sans exécution (processus arrêté à son démarrage) : supprimée",
                    instance.getInstanceId(), job.getName());
            repository.deleteJobInstance(instance);
        }
    }

    private static String describe(JobParameters parameters) {
        return parameters.parameters().stream().map(p -> p.name() + "=" + p.value()).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
