package fr.raccrochage.scheduling;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.ingestion.FileRefusedException;
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
        if (wave == null) {
            throw new FileRefusedException("Aucune vague en cours n'est configurée (raccrochage.nuit.vague) et le "
                    + "fichier n'est pas dans un sous-dossier portant le nom de sa vague.");
        }
        ImportSummary s = imports.importFile(wave, imports.inspect(file.path()), night);
        String summary = "vague %s : %s, %s, %s%s".formatted(wave, count(s.read(), "ligne lue", "lignes lues"),
                count(s.stored(), "enregistrée", "enregistrées"), count(s.rejected(), "rejetée", "rejetées"),
                s.rejected() > 0 ? " (motifs : " + s.rejectFile() + ")" : "");
        return new Outcome(summary, s.rejected() > 0);
    }
}
