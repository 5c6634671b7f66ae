package fr.raccrochage.rights;

import java.time.LocalDate;
import java.util.List;

/**
 * One young person as {@code jeune chercher} lists them.
 *
 * @param personId the registry number ("numéro de jeune")
 * @param waves the waves they were listed or called in
 * @param status the latest case's status (with its exclusion), or null when never called
 * @param latestCase the latest case's ID_APPEL, or null
 */
public record YoungPersonLine(long personId, String lastName, String firstNames, LocalDate birthDate,
        List<String> waves, String latestCase, String status, boolean opposed, boolean erased) {
}
