package fr.raccrochage.partners;

import fr.raccrochage.core.SpreadsheetCells;

/**
 * Phone numbers as French partners read them: "06 12 34 56 78" for a French number, which no
 * spreadsheet takes for a formula, where the stored E.164 "+33612345678" would be.
 */
final class PhoneText {

    private PhoneText() {
    }

    static String french(String e164) {
        if (e164 != null && e164.startsWith("+33") && e164.length() == 12) {
            String national = "0" + e164.substring(3);
            return national.replaceAll("(\\d{2})(?=\\d)", "$1 ");
        }
        return SpreadsheetCells.safe(e164);
    }
}
