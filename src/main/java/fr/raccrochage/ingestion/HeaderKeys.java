package fr.raccrochage.ingestion;

import fr.raccrochage.core.text.TextKeys;

/** Header names compare case-insensitively, ignoring accents, spaces, "_", "-", "." and the like. */
final class HeaderKeys {

    private HeaderKeys() {
    }

    static String of(String header) {
        return TextKeys.key(header).replace(" ", "");
    }
}
