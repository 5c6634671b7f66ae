package fr.raccrochage.scheduling;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.sms.SmsPreparationService;
import fr.raccrochage.sms.SmsPreparationService.PreparationSummary;
import fr.raccrochage.sms.SmsProperties;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** The night's SMS: each wave being called gets the day's batch for its next calling day (when SMS are on). */
@Service
class NightSms {

    static final String TITLE = "SMS avant les appels";

    private final SmsPreparationService sms;
    private final SmsProperties settings;
    private final NightCalls calls;

    NightSms(SmsPreparationService sms, SmsProperties settings, NightCalls calls) {
        this.sms = sms;
        this.settings = settings;
        this.calls = calls;
    }

    NightNote prepare(LocalDate night) {
        if (!settings.actif()) {
            return NightNote.of(TITLE, "SMS désactivés (raccrochage.sms.actif=false)");
        }
        List<String> lines = new ArrayList<>();
        for (String wave : calls.wavesInProgress(night)) {
            PreparationSummary s = sms.prepare(wave, night, LocalDateTime.now());
            lines.add("vague %s : %s, %s dans %s".formatted(wave, count(s.newMessages(), "nouveau SMS", "nouveaux SMS"),
                    count(s.inFile(), "SMS", "SMS"), s.file()));
        }
        if (lines.isEmpty()) {
            lines.add("aucune vague en cours d'appels");
        }
        return new NightNote(TITLE, lines, false);
    }
}
