package fr.raccrochage.scheduling;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.ingestion.SieiImportService;
import fr.raccrochage.ingestion.SieiImportService.ImportSummary;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** SIEI list updates arriving "au fil de l'eau": imported into the wave in progress. */
@Component
class SieiInboxHandler implements InboxHandler {

    private final SieiImportService imports;

    SieiInboxHandler(SieiImportService imports) {
        this.imports = imports;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.SIEI;
    }

    @Override
    public Outcome handle(InboxFile file, String wave, LocalDate night) {
        String target = InboxHandler.requireWave(wave);
        ImportSummary s = imports.importFile(target, imports.inspect(file.path()), night);
        return Outcome.of("vague %s : %s, %s, %s".formatted(target, count(s.read(), "ligne lue", "lignes lues"),
                count(s.stored(), "enregistrée", "enregistrées"), count(s.rejected(), "rejetée", "rejetées")),
                s.rejected(), s.rejectFile());
    }
}
