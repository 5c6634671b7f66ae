package fr.raccrochage.calls;

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
 * The planning job, one run per (wave, period, young people still without a case): creates their
 * cases and plans. One transaction: an interrupted run leaves nothing and simply starts again.
 */
@Configuration(proxyBeanMethods = false)
class CallPlanningJobConfiguration {

    // step 1: create the cases of the wave's young people and plan their attempts

    @Bean
    Step callCasePlanStep(JobRepository repository, PlatformTransactionManager tx, WavePlanner planner) {
        return new StepBuilder("callCasePlanStep", repository)
                .tasklet((contribution, context) -> {
                    Map<String, Object> parameters = context.getStepContext().getJobParameters();
                    planner.plan((String) parameters.get("vague"), new CallingPeriod(
                            (LocalDate) parameters.get("debut"), (LocalDate) parameters.get("fin")));
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    @Bean
    Job callPlanningJob(JobRepository repository, Step callCasePlanStep) {
        return new JobBuilder("callPlanningJob", repository)
                .start(callCasePlanStep)
                .build();
    }
}
