package fr.raccrochage.scheduling;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.partners.FeedbackImportService;
import fr.raccrochage.partners.FeedbackImportService.FeedbackImport;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** What partners report of the young people they received. */
@Component
class FeedbackInboxHandler implements InboxHandler {

    private final FeedbackImportService feedback;

    FeedbackInboxHandler(FeedbackImportService feedback) {
        this.feedback = feedback;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.RETOURS_PARTENAIRES;
    }

    @Override
    public Outcome handle(InboxFile file, String wave, LocalDate night) {
        FeedbackImport s = feedback.importFile(file.path(), night);
        return Outcome.of("%s, %s, %s".formatted(count(s.read(), "ligne lue", "lignes lues"),
                count(s.stored(), "enregistrée", "enregistrées"), count(s.rejected(), "rejetée", "rejetées")),
                s.rejected(), s.rejectFile());
    }
}
