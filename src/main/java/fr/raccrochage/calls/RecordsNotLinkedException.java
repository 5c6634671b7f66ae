package fr.raccrochage.calls;

import static fr.raccrochage.core.text.FrenchFormat.count;

import fr.raccrochage.core.inbound.FileRefusedException;

/**
 * Planning or closing a wave is refused, nothing stored, while some of its records are not linked to
 * a young person yet: duplicates are resolved first, or the unlinked would be neither called nor routed.
 */
public class RecordsNotLinkedException extends FileRefusedException {

    public RecordsNotLinkedException(String waveId, int unlinked) {
        super("Vague " + waveId + " : " + count(unlinked, "enregistrement", "enregistrements")
                + " pas encore rattaché(s) à un jeune : lancez d'abord « raccrochage doublons resoudre --vague "
                + waveId + " ».");
    }
}
