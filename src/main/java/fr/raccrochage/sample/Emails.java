package fr.raccrochage.sample;

/**
 * Made-up e-mail addresses built from names. The domains end in the reserved {@code .example} top-level
 * domain (RFC 2606) so that no generated address can reach a real mailbox.
 */
final class Emails {

    private static final String[] DOMAINS = {
        "gmail.example", "gmail.example", "gmail.example", "hotmail.example", "hotmail.example", "yahoo.example",
        "outlook.example", "orange.example", "free.example", "laposte.example", "icloud.example", "sfr.example"
    };

    private Emails() {
    }

    static String of(String firstName, String lastName, int birthYear, Rng rng) {
        String first = Texts.emailPart(firstName);
        String last = Texts.emailPart(lastName).replace("-", "");
        if (first.isEmpty() || last.isEmpty()) {
            return null;
        }
        String local = switch (rng.below(7)) {
            case 0 -> first + "." + last;
            case 1 -> first + last;
            case 2 -> first.charAt(0) + "." + last;
            case 3 -> last + "." + first;
            case 4 -> first + "." + last + Texts.pad(birthYear % 100, 2);
            case 5 -> first + "_" + last;
            default -> first + rng.between(1, 999);
        };
        return local + "@" + rng.pick(DOMAINS);
    }
}
