package fr.raccrochage.sample;

/**
 * Synthetic French phone numbers in valid ranges only, and the ways sources write them.
 * Mobiles: 060–068 (not 063), 0695, 0698, 0699, 073–079. Fixed lines: 01 in Île-de-France or 09 (boxes),
 * the region's 02–05 elsewhere (avoiding the overseas 0262, 0269, 059x ranges).
 */
final class Phones {

    private static final String[] MOBILE_PREFIXES = {
        "060", "061", "062", "064", "065", "066", "067", "068", "060", "061", "062", "064", "065", "066", "067",
        "068", "0695", "0698", "0699", "073", "074", "075", "076", "077", "078", "079", "075", "076", "077", "078"
    };

    private Phones() {
    }

    /** Ten digits, 06 or 07. */
    static String mobile(Rng rng) {
        String prefix = rng.pick(MOBILE_PREFIXES);
        return prefix + rng.digits(10 - prefix.length());
    }

    /** Ten digits, a home line fitting the place. */
    static String fixed(Place place, Rng rng) {
        if (rng.chance(0.3)) {
            return "09" + rng.digits(8);
        }
        String region = place.region();
        if (region == null || Geography.IDF.equals(region)) {
            return "01" + rng.digits(8);
        }
        return switch (region) {
            case "24", "28", "52", "53" -> "02" + (char) ('1' + rng.below(5)) + rng.digits(7);
            case "27", "32", "44" -> "03" + rng.digits(8);
            case "75", "76" -> "05" + (char) ('1' + rng.below(8)) + rng.digits(7);
            default -> "04" + (char) ('1' + rng.below(9)) + rng.digits(7);
        };
    }

    /** A value that is not a usable number: too short, too long, or with letters. */
    static String invalid(Rng rng) {
        String number = mobile(rng);
        return switch (rng.below(5)) {
            case 0 -> spaced(number.substring(0, 8));
            case 1 -> number.substring(0, 7);
            case 2 -> number + rng.digits(1);
            case 3 -> spaced(number.substring(0, 4) + "AB" + number.substring(6));
            default -> "0" + rng.digits(2) + " " + rng.digits(2) + " X" + rng.digits(1);
        };
    }

    /** Writes ten national digits one of the ways French sources do. */
    static String format(String digits, Rng rng) {
        String national = digits.substring(1);
        return switch (rng.weighted(40, 18, 8, 5, 10, 7, 5, 5, 2)) {
            case 0 -> spaced(digits);
            case 1 -> digits;
            case 2 -> "+33 " + national.charAt(0) + " " + spaced(national.substring(1));
            case 3 -> "0033" + national;
            case 4 -> separated(digits, '.');
            case 5 -> national;
            case 6 -> separated(digits, '-');
            case 7 -> "+33" + national;
            default -> "(+33) " + national.charAt(0) + " " + spaced(national.substring(1));
        };
    }

    /** "0612345678" → "06 12 34 56 78". */
    private static String spaced(String digits) {
        return separated(digits, ' ');
    }

    private static String separated(String digits, char separator) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 2);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 2 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
