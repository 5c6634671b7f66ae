package fr.raccrochage.sample;

/**
 * Spoils a record so that a reader must reject it: no last name, no first name, no birth date, an impossible
 * date ("31/02/2008") or an unreadable one.
 */
final class BadLines {

    private static final String[] UNREADABLE = {"N/C", "inconnue", "??/??/????", "2007", "15/O8/2007", "12-2007",
        "00/00/0000", "2008-13-45"};

    private BadLines() {
    }

    /** Spoils {@code fields} in place and returns the defect's tag for the truth file. */
    static String spoil(String[] fields, Rng rng) {
        int date = SieiColumn.DATE_NAISSANCE.ordinal();
        switch (rng.weighted(25, 10, 20, 25, 20)) {
            case 0 -> {
                fields[SieiColumn.NOM.ordinal()] = "";
                return "NOM_ABSENT";
            }
            case 1 -> {
                fields[SieiColumn.PRENOM.ordinal()] = "";
                return "PRENOM_ABSENT";
            }
            case 2 -> {
                fields[date] = "";
                return "DATE_ABSENTE";
            }
            case 3 -> {
                int year = 2000 + rng.below(10);
                fields[date] = switch (rng.below(5)) {
                    case 0 -> Dates.french(31, 2, year);
                    case 1 -> Dates.french(30, 2, year);
                    case 2 -> Dates.french(31, 4 + 2 * rng.below(2), year);
                    case 3 -> Dates.french(29, 2, 2001 + 4 * rng.below(2) + rng.below(3) % 3);
                    default -> Dates.french(rng.between(1, 28), 13, year);
                };
                return "DATE_IMPOSSIBLE";
            }
            default -> {
                fields[date] = rng.pick(UNREADABLE);
                return "DATE_ILLISIBLE";
            }
        }
    }
}
