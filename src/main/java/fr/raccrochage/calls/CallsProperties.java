package fr.raccrochage.calls;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code raccrochage.appels.*}.
 *
 * @param capaciteJournaliere attempts the call centre can make per calling day, all waves together
 * @param ecartMinimum minimum time between two attempts of the same case
 * @param maxParJour attempts of one case on the same day at most
 * @param horairesSemaine Monday–Friday calling window, {@code HH:MM-HH:MM}
 * @param horairesSamedi Saturday calling window, {@code HH:MM-HH:MM}, or empty for none
 * @param politique who is called (see {@link Policy})
 * @param partMaxRepoussee share (0 to 1) of a wave's planned attempts a results import may push back
 *     by more than four days before its re-plan is held for an operator (see {@link ReplanGuard})
 */
@ConfigurationProperties("raccrochage.appels")
public record CallsProperties(
        @DefaultValue("1500") int capaciteJournaliere,
        @DefaultValue("4h") Duration ecartMinimum,
        @DefaultValue("2") int maxParJour,
        @DefaultValue("09:00-20:00") String horairesSemaine,
        @DefaultValue("10:00-13:00") String horairesSamedi,
        @DefaultValue Policy politique,
        @DefaultValue("0.3") double partMaxRepoussee) {

    /**
     * Who is called, under {@code raccrochage.appels.politique.*}.
     *
     * @param enSolutionMois a young person known to be in a solution within this many months before
     *     the start of the calls is not called
     * @param issueAnterieureMois a young person reached in an earlier wave with a final outcome
     *     (ORIENTE_ML, ORIENTE_CIO, REFUS, DEMENAGE) within this many months is not called again
     *     (0: always called again)
     * @param horsAge APPELER or EXCLURE the records flagged HORS_AGE
     */
    public record Policy(
            @DefaultValue("6") int enSolutionMois,
            @DefaultValue("6") int issueAnterieureMois,
            @DefaultValue("EXCLURE") OutOfAgeRule horsAge) {
    }

    /** What to do with a young person whose age is outside the configured range. */
    public enum OutOfAgeRule { APPELER, EXCLURE }

    ReplanGuard replanGuard() {
        return new ReplanGuard(partMaxRepoussee);
    }

    public CallPlanner planner() {
        return new CallPlanner(hours(), ecartMinimum, maxParJour);
    }

    public CallingHours hours() {
        Map<DayOfWeek, CallingHours.Window> windows = new EnumMap<>(DayOfWeek.class);
        CallingHours.Window weekday = window(horairesSemaine);
        for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
            windows.put(d, weekday);
        }
        if (horairesSamedi != null && !horairesSamedi.isBlank()) {
            windows.put(DayOfWeek.SATURDAY, window(horairesSamedi));
        }
        return new CallingHours(windows);
    }

    private static CallingHours.Window window(String text) {
        String[] parts = text.strip().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Horaires d'appel invalides : « " + text + " » (attendu HH:MM-HH:MM)");
        }
        return new CallingHours.Window(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
    }
}
