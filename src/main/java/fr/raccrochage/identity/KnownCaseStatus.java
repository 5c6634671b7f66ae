package fr.raccrochage.identity;

import fr.raccrochage.core.text.TextKeys;

/** What a known-cases list says of a young person. */
public enum KnownCaseStatus {
    /** Followed by the partner of the line: not to be called. */
    SUIVI,
    /** Already in a solution (training, job…). */
    EN_SOLUTION,
    /** Objected to being contacted: never to be called again. */
    OPPOSITION;

    /** The statut as written by a partner ("en solution", "En-Solution", "opposition "), or null. */
    static KnownCaseStatus parse(String raw) {
        String key = TextKeys.key(raw).replace(' ', '_');
        for (KnownCaseStatus status : values()) {
            if (status.name().equals(key)) {
                return status;
            }
        }
        return null;
    }
}
