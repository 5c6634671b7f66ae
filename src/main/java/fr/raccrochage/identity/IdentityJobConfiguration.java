package fr.raccrochage.identity;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The identity job, one run per (wave, number of records): links each record of the wave to a
 * person. The links are committed chunk by chunk (see {@link PersonLinker}): an interrupted run
 * keeps what it wrote, and the next run links the remaining records, against those too.
 */
@Configuration(proxyBeanMethods = false)
class IdentityJobConfiguration {

    static final String PERSONS = "personnesCreees";
    static final String TO_EXISTING = "liensPersonnesExistantes";
    static final String FLAGGED = "doublonsPossibles";

    // step 1: resolve and link the wave's records

    @Bean
    Step personLinkStep(JobRepository repository, PlatformTransactionManager tx, PersonLinker linker) {
        return new StepBuilder("personLinkStep", repository)
                .tasklet((contribution, context) -> {
                    PersonLinker.Written written = linker.link((String) context.getStepContext().getJobParameters()
                            .get("vague"));
                    // what this run wrote, for the command's figures (IdentityService)
                    var step = contribution.getStepExecution().getExecutionContext();
                    step.putInt(PERSONS, written.persons());
                    step.putInt(TO_EXISTING, written.toExistingPersons());
                    step.putInt(FLAGGED, written.flagged());
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    @Bean
    Job identityJob(JobRepository repository, Step personLinkStep) {
        return new JobBuilder("identityJob", repository)
                .start(personLinkStep)
                .build();
    }
}
