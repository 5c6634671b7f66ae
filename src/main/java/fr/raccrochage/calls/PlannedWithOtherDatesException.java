package fr.raccrochage.calls;

import java.time.format.DateTimeFormatter;

/** A wave is planned over one calling period: planning it again over other dates is refused, nothing stored. */
public class PlannedWithOtherDatesException extends IllegalArgumentException {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    PlannedWithOtherDatesException(String waveId, CallingPeriod planned) {
        super("La vague " + waveId + " est déjà planifiée du " + FRENCH_DATE.format(planned.debut()) + " au "
                + FRENCH_DATE.format(planned.fin()) + " : relancez avec ces dates.");
    }
}
