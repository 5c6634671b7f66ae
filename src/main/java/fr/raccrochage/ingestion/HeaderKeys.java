package fr.raccrochage.ingestion;

import fr.raccrochage.core.inbound.InboundColumn;

/** Header names compare as {@link InboundColumn#key}: case, accents, spaces and punctuation ignored. */
final class HeaderKeys {

    private HeaderKeys() {
    }

    static String of(String header) {
        return InboundColumn.key(header);
    }
}
