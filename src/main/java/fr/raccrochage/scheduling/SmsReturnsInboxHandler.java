package fr.raccrochage.scheduling;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.sms.SmsReturnImportService;
import fr.raccrochage.sms.SmsReturnImportService.ReturnsSummary;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** What the SMS provider sent back: delivery reports and replies (STOP honoured at once). */
@Component
class SmsReturnsInboxHandler implements InboxHandler {

    private final SmsReturnImportService returns;

    SmsReturnsInboxHandler(SmsReturnImportService returns) {
        this.returns = returns;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.SMS_RETOURS;
    }

    @Override
    public Outcome handle(InboxFile file, String wave, LocalDate night) {
        ReturnsSummary s = returns.importFile(returns.inspect(file.path()), LocalDateTime.now());
        return Outcome.of("%s, %s, %s (%s, %s)".formatted(count(s.read(), "ligne lue", "lignes lues"),
                count(s.stored(), "enregistrée", "enregistrées"), count(s.rejected(), "rejetée", "rejetées"),
                count(s.stops(), "STOP", "STOP"), count(s.unknownNumbers(), "numéro inconnu", "numéros inconnus")),
                s.rejected(), s.rejectFile());
    }
}
