package fr.raccrochage.core;

import java.util.List;
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
 * Starts a parameter-driven job, or restarts it where an interrupted run stopped: an execution
 * left STARTED by a killed process is first marked FAILED (safe because the caller holds the
 * {@link RunLock}), so the next start resumes from its last committed chunk.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator operator;
    private final JobRepository repository;

    public JobRunner(JobOperator operator, JobRepository repository) {
        this.operator = operator;
        this.repository = repository;
    }

    public JobExecution run(Job job, JobParameters parameters) {
        String wave = parameters.getString("vague");
        // A job started from a step of another (the night) hands the tags back when it ends.
        String outerJob = MDC.get("job");
        String outerWave = MDC.get("vague");
        MDC.put("job", job.getName());
        MDC.put("vague", wave == null ? (outerWave == null ? "-" : outerWave) : wave);
        try {
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
        forgetInstanceWithoutExecution(job, parameters);
        JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
        if (last != null && last.isRunning()) {
            log.warn("Exécution {} interrompue (processus arrêté) : marquée en échec, reprise", last.getId());
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
