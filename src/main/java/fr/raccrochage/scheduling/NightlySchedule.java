package fr.raccrochage.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.Consumer;
import org.springframework.scheduling.support.CronExpression;

/**
 * The long-running mode: waits for each time of the cron expression and runs that night. The
 * caller decides what a night is (the CLI takes the run lock around it, so a night that finds
 * another run in progress is skipped, never run twice at once).
 */
public final class NightlySchedule {

    private final CronExpression cron;
    private final Clock clock;

    public NightlySchedule(String cron, Clock clock) {
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("Expression cron invalide : « " + cron
                    + " » (six champs attendus : seconde minute heure jour mois jour-de-semaine, ex. « 0 30 2 * * * »).");
        }
        this.cron = CronExpression.parse(cron);
        this.clock = clock;
    }

    public ZonedDateTime next() {
        return cron.next(ZonedDateTime.now(clock));
    }

    /** Runs {@code nights} nights (or for ever when zero or less), each at its scheduled time. */
    public void run(int nights, Consumer<LocalDate> night) throws InterruptedException {
        for (int done = 0; nights <= 0 || done < nights; done++) {
            ZonedDateTime at = next();
            Duration wait = Duration.between(ZonedDateTime.now(clock), at);
            if (!wait.isNegative()) {
                Thread.sleep(wait.toMillis() + 1);
            }
            night.accept(at.toLocalDate());
        }
    }
}
