package fr.raccrochage.rights;

import fr.raccrochage.core.person.IdentityFields;
import java.util.List;

/**
 * One young person as {@code jeune chercher} lists them.
 *
 * @param personId the registry number ("numéro de jeune")
 * @param identity the identity of their first record that has a name (all fields empty when none has)
 * @param waves the waves they were listed or called in
 * @param status the latest case's status (with its exclusion), or null when never called
 * @param latestCase the latest case's ID_APPEL, or null
 */
public record YoungPersonLine(long personId, IdentityFields identity, List<String> waves, String latestCase, String status,
        boolean opposed, boolean erased) {
}
