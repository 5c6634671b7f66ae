package fr.raccrochage.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.step.tasklet.Tasklet;

/**
 * One step of the night: calls a stage's service for the night's date and keeps its note in the
 * job's execution context, which a restarted night inherits, so the summary of a night resumed
 * after a crash still tells what its first steps did.
 */
@FunctionalInterface
public interface NightTask {

    String NOTES = "nuit.notes";

    NightNote run(LocalDate night);

    static Tasklet tasklet(String stepName, NightTask task) {
        return (StepContribution contribution, ChunkContext context) -> {
            var stepExecution = context.getStepContext().getStepExecution();
            LocalDate night = stepExecution.getJobParameters().getLocalDate("nuit");
            NightNote note = task.run(night);
            ExecutionContext jobContext = stepExecution.getJobExecution().getExecutionContext();
            jobContext.putString(NOTES + "." + stepName, note.encode());
            String steps = jobContext.getString(NOTES, "");
            if (!List.of(steps.split(",")).contains(stepName)) {
                jobContext.putString(NOTES, steps.isEmpty() ? stepName : steps + "," + stepName);
            }
            return RepeatStatus.FINISHED;
        };
    }

    /** The notes of the steps done so far, in step order. */
    static List<NightNote> notes(ExecutionContext jobContext) {
        String steps = jobContext.getString(NOTES, "");
        return steps.isEmpty() ? List.of() : Stream.of(steps.split(","))
                .map(step -> NightNote.decode(jobContext.getString(NOTES + "." + step))).toList();
    }
}
