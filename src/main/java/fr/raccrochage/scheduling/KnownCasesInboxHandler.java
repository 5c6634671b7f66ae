package fr.raccrochage.scheduling;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.identity.KnownCaseImportService;
import fr.raccrochage.identity.KnownCaseImportService.KnownCaseSummary;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Partners' follow-up lists and opposition lists: matched to the registry before tonight's lists. */
@Component
class KnownCasesInboxHandler implements InboxHandler {

    private final KnownCaseImportService knownCases;

    KnownCasesInboxHandler(KnownCaseImportService knownCases) {
        this.knownCases = knownCases;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.CAS_CONNUS;
    }

    @Override
    public Outcome handle(InboxFile file, String wave, LocalDate night) {
        KnownCaseSummary s = knownCases.importFile(file.path());
        String summary = "%s, %s, %s, %s%s".formatted(count(s.read(), "ligne lue", "lignes lues"),
                count(s.linked(), "rattachée à un jeune connu", "rattachées à un jeune connu"),
                count(s.toReview(), "à vérifier", "à vérifier"), count(s.rejected(), "rejetée", "rejetées"),
                s.rejected() > 0 ? " (motifs : " + s.rejectFile() + ")" : "");
        return new Outcome(summary, s.rejected() > 0 || s.toReview() > 0);
    }
}
