package fr.raccrochage.scheduling;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.calls.CallResultImportService;
import fr.raccrochage.calls.CallResultImportService.ResultsSummary;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** What the call centre sent back during the day: recorded, then the wave's open cases re-planned. */
@Component
class CallResultsInboxHandler implements InboxHandler {

    private final CallResultImportService results;

    CallResultsInboxHandler(CallResultImportService results) {
        this.results = results;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.RESULTATS_APPELS;
    }

    @Override
    public Outcome handle(InboxFile file, String wave, LocalDate night) {
        String target = InboxHandler.requireWave(wave);
        ResultsSummary s = results.importFile(target, results.inspect(file.path()), CallResultImportService.Intake.night(night));
        return Outcome.of("vague %s : %s, %s, %s".formatted(target, count(s.read(), "ligne lue", "lignes lues"),
                count(s.stored(), "enregistrée", "enregistrées"), count(s.rejected(), "rejetée", "rejetées")),
                s.rejected(), s.rejectFile());
    }
}
