package fr.raccrochage.sample;

/** One keying mistake in a name: a letter substituted, dropped, or two neighbours transposed. */
final class Typos {

    private static final String NEAR = "azertyuiopqsdfghjklmwxcvbn";

    private Typos() {
    }

    /** Whether the name is long enough to carry a typo and stay recognisable. */
    static boolean applicable(String name) {
        return letters(name) >= 4;
    }

    static String apply(String name, Rng rng) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String result = once(name, rng);
            if (!result.equals(name)) {
                return result;
            }
        }
        return name;
    }

    private static String once(String name, Rng rng) {
        int position = 1 + rng.below(name.length() - 1);
        if (!Character.isLetter(name.charAt(position))) {
            return name;
        }
        char c = name.charAt(position);
        return switch (rng.below(3)) {
            case 0 -> {
                char replacement = NEAR.charAt(rng.below(NEAR.length()));
                if (Character.isUpperCase(c)) {
                    replacement = Character.toUpperCase(replacement);
                }
                yield name.substring(0, position) + replacement + name.substring(position + 1);
            }
            case 1 -> name.substring(0, position) + name.substring(position + 1);
            default -> {
                if (position + 1 >= name.length() || !Character.isLetter(name.charAt(position + 1))) {
                    yield name;
                }
                yield name.substring(0, position) + name.charAt(position + 1) + c + name.substring(position + 2);
            }
        };
    }

    private static int letters(String name) {
        int count = 0;
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLetter(name.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
