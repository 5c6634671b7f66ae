package fr.raccrochage.sms;

import fr.raccrochage.calls.CallingHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code raccrochage.sms.*}.
 *
 * @param actif the night prepares the SMS of the waves being called (off until the Region has a provider)
 * @param expediteur sender name shown on the phone: 1 to 11 letters and digits
 * @param numeroAppelant the number the call centre calls from, quoted in the message
 * @param pageRegion the Region's page about the campaign, quoted in the message
 * @param modele the message to a young person; variables {prenom}, {numero_appelant}, {page_region}
 * @param modeleResponsable the message to a guardian (minor without a mobile of their own)
 * @param responsableSiMineur a minor with no mobile of their own gets the SMS on a guardian's mobile
 * @param joursCouverts the SMS goes to the cases whose next attempt falls within this many calling days
 * @param heureEnvoi planned sending time on the preparation day (moved into the sending hours)
 * @param horairesSemaine Monday–Friday sending window, {@code HH:MM-HH:MM}
 * @param horairesSamedi Saturday sending window, {@code HH:MM-HH:MM}, or empty for none
 * @param horairesDimanche Sunday sending window, empty (the default) for none
 * @param relanceApresEchecs a second SMS (a reminder) after this many failed attempts; 0: never
 * @param groupeTemoinPourcent share of each wave's cases drawn as the control group (no SMS)
 * @param stop what a STOP reply does: {@link StopRule#SMS} or {@link StopRule#OPPOSITION}
 */
@ConfigurationProperties("raccrochage.sms")
public record SmsProperties(
        @DefaultValue("false") boolean actif,
        @DefaultValue("REGIONIDF") String expediteur,
        @DefaultValue("01 53 85 53 85") String numeroAppelant,
        @DefaultValue("https://www.iledefrance.fr/raccrochage") String pageRegion,
        @DefaultValue(DEFAULT_TEMPLATE) String modele,
        @DefaultValue(DEFAULT_GUARDIAN_TEMPLATE) String modeleResponsable,
        @DefaultValue("false") boolean responsableSiMineur,
        @DefaultValue("1") int joursCouverts,
        @DefaultValue("18:00") LocalTime heureEnvoi,
        @DefaultValue("08:00-20:00") String horairesSemaine,
        @DefaultValue("08:00-20:00") String horairesSamedi,
        @DefaultValue("") String horairesDimanche,
        @DefaultValue("0") int relanceApresEchecs,
        @DefaultValue("10") int groupeTemoinPourcent,
        @DefaultValue("SMS") StopRule stop) {

    public static final String DEFAULT_TEMPLATE = "Bonjour {prenom}, la Région va vous appeler dans les "
            + "prochains jours depuis le {numero_appelant} pour faire le point sur votre avenir (formation, emploi). "
            + "Infos : {page_region} Répondez STOP pour ne plus recevoir de SMS.";
    public static final String DEFAULT_GUARDIAN_TEMPLATE = "Bonjour, la Région va appeler dans les prochains jours "
            + "depuis le {numero_appelant} pour faire le point sur l'avenir de {prenom} (formation, emploi). "
            + "Infos : {page_region} Répondez STOP pour ne plus recevoir de SMS.";

    /** What a STOP reply does beyond stopping the SMS to that number. */
    public enum StopRule {
        /** Only the SMS stop; the calls go on. */
        SMS,
        /** The young person objects: recorded as for {@code jeune opposer}, calls and every output stop. */
        OPPOSITION
    }

    public SmsProperties {
        if (groupeTemoinPourcent < 0 || groupeTemoinPourcent > 100) {
            throw new IllegalArgumentException("raccrochage.sms.groupe-temoin-pourcent doit être entre 0 et 100 : "
                    + groupeTemoinPourcent);
        }
        if (joursCouverts < 1) {
            throw new IllegalArgumentException("raccrochage.sms.jours-couverts doit être au moins 1 : " + joursCouverts);
        }
    }

    /** The sending windows, public holidays excluded (the calls calendar). */
    public CallingHours sendingHours() {
        Map<DayOfWeek, CallingHours.Window> windows = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
            windows.put(d, window(horairesSemaine, "horaires-semaine"));
        }
        if (horairesSamedi != null && !horairesSamedi.isBlank()) {
            windows.put(DayOfWeek.SATURDAY, window(horairesSamedi, "horaires-samedi"));
        }
        if (horairesDimanche != null && !horairesDimanche.isBlank()) {
            windows.put(DayOfWeek.SUNDAY, window(horairesDimanche, "horaires-dimanche"));
        }
        return new CallingHours(windows);
    }

    private static CallingHours.Window window(String text, String name) {
        String[] parts = text.strip().split("-");
        try {
            if (parts.length == 2) {
                return new CallingHours.Window(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
            }
        } catch (RuntimeException e) {
            // reported below with the setting's name
        }
        throw new IllegalArgumentException("raccrochage.sms." + name + " invalide : « " + text
                + " » (attendu HH:MM-HH:MM, début avant fin)");
    }
}
