package fr.raccrochage.cli;

import fr.raccrochage.calls.CallingPeriod;
import fr.raccrochage.core.RaccrochageProperties;
import fr.raccrochage.sample.SmsProviderSimulator;
import fr.raccrochage.sms.SmsPreparationService;
import fr.raccrochage.sms.SmsReturnImportService;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * The demo's SMS step: the batch prepared the last sending day before the first calls, then the
 * returns of a synthetic provider imported (delivery reports, a few STOP).
 */
@Component
class SmsDemoStep {

    static final long SEED = 2026;

    private final SmsPreparationService sms;
    private final SmsReturnImportService returns;
    private final RaccrochageProperties properties;

    SmsDemoStep(SmsPreparationService sms, SmsReturnImportService returns, RaccrochageProperties properties) {
        this.sms = sms;
        this.returns = returns;
        this.properties = properties;
    }

    void run(PrintWriter out, String waveId, CallingPeriod period) {
        // The Saturday before the first calling day: the SMS leave that evening for Monday's calls.
        LocalDate preparedOn = period.debut().minusDays(1);
        while (preparedOn.getDayOfWeek() != java.time.DayOfWeek.SATURDAY) {
            preparedOn = preparedOn.minusDays(1);
        }
        out.printf("%n5 bis. SMS avant les appels (prestataire synthétique)%n");
        SmsPreparationService.PreparationSummary prepared = sms.prepare(waveId, preparedOn,
                preparedOn.atTime(12, 0));
        SmsPrepareCommand.print(out, prepared);
        Path simulated = properties.waveOutputDirectory(waveId).resolve("sms-retours-simules")
                .resolve("retours-" + preparedOn + ".csv");
        if (!Files.exists(simulated)) {
            // Simulated once: a re-run imports the same file again, which adds nothing.
            new SmsProviderSimulator(SEED).simulate(prepared.file(), simulated);
        }
        SmsImportCommand.print(out, returns.importFile(returns.inspect(simulated), LocalDateTime.now()));
    }
}
