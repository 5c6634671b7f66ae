package fr.raccrochage.partners;

import java.time.LocalDate;
import java.util.Map;
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
 * The routing job ({@code vague cloturer}), one run per (wave, closing date, cases left to
 * decide). One transaction: the closing of a wave's cases, their referrals and the Region's list
 * are written together or not at all, so an interrupted run simply starts again.
 */
@Configuration(proxyBeanMethods = false)
class PartnersJobConfiguration {

    // step 1: close the open cases and route every case of the wave

    @Bean
    Step waveRoutingStep(JobRepository repository, PlatformTransactionManager tx, WaveRouter router) {
        return new StepBuilder("waveRoutingStep", repository)
                .tasklet((contribution, context) -> {
                    Map<String, Object> parameters = context.getStepContext().getJobParameters();
                    router.route((String) parameters.get("vague"), LocalDate.parse((String) parameters.get("date_cloture")));
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    @Bean
    Job routingJob(JobRepository repository, Step waveRoutingStep) {
        return new JobBuilder("routingJob", repository)
                .start(waveRoutingStep)
                .build();
    }
}
