package fr.raccrochage.partners;

import java.security.SecureRandom;

/**
 * Partners' archive passphrases: 30 random characters from 31 symbols (about 148 bits) in groups of five, from an
 * alphabet without the look-alikes (0/O, 1/I/L), so that one can be read out over the phone.
 */
final class Passphrases {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int GROUPS = 6;
    private static final int GROUP_LENGTH = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passphrases() {
    }

    static String generate() {
        StringBuilder text = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                text.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }
}
