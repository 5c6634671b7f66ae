package fr.raccrochage.scheduling;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.calls.CallResultImportService;
import fr.raccrochage.calls.CallResultImportService.ResultsSummary;
import fr.raccrochage.ingestion.FileRefusedException;
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
        if (wave == null) {
            throw new FileRefusedException("Aucune vague en cours n'est configurée (raccrochage.nuit.vague) et le "
                    + "fichier n'est pas dans un sous-dossier portant le nom de sa vague.");
        }
        ResultsSummary s = results.importFile(wave, results.inspect(file.path()));
        String summary = "vague %s : %s, %s, %s%s".formatted(wave, count(s.read(), "ligne lue", "lignes lues"),
                count(s.stored(), "enregistrée", "enregistrées"), count(s.rejected(), "rejetée", "rejetées"),
                s.rejected() > 0 ? " (motifs : " + s.rejectFile() + ")" : "");
        return new Outcome(summary, s.rejected() > 0);
    }
}
