package fr.raccrochage.sample;

import java.util.Locale;

/**
 * Synthetic INE (identifiant national élève) in the three formats of the SIEI contract:
 * 9 digits + 2 letters, 10 digits + 1 letter, and for apprentices 4 digits (a year) + 'A' + 5 digits + 1 letter.
 */
final class Ines {

    private Ines() {
    }

    /** An INE fitting the source, or null (about 10 % of young people have none). */
    static String forSource(Source source, int birthYear, int referenceYear, Rng rng) {
        if (rng.chance(0.10)) {
            return null;
        }
        return switch (source) {
            case EN -> rng.chance(0.7) ? tenDigits(rng) : nineDigits(rng);
            case AGRI -> tenDigits(rng);
            case CFA -> rng.chance(0.85) ? apprentice(birthYear, referenceYear, rng) : tenDigits(rng);
        };
    }

    static String tenDigits(Rng rng) {
        return rng.digits(10) + rng.letter();
    }

    static String nineDigits(Rng rng) {
        return rng.digits(9) + rng.letter() + rng.letter();
    }

    /** The apprenticeship format: year of first contract (not after the reference year), 'A', five digits, a letter. */
    static String apprentice(int birthYear, int referenceYear, Rng rng) {
        return Math.min(birthYear + 15 + rng.below(4), referenceYear) + "A" + rng.digits(5) + rng.letter();
    }

    /** The same INE written differently: lower case, spaces or a hyphen inside, surrounding spaces. */
    static String reformat(String ine, Rng rng) {
        return switch (rng.below(4)) {
            case 0 -> ine.toLowerCase(Locale.ROOT);
            case 1 -> ine.substring(0, 3) + " " + ine.substring(3, 6) + " " + ine.substring(6);
            case 2 -> ine.substring(0, ine.length() - 1) + "-" + ine.substring(ine.length() - 1);
            default -> " " + ine + " ";
        };
    }
}
