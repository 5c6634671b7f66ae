package fr.raccrochage.core;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A campaign wave's id, checked by its one rule wherever an id comes in (an option of the CLI,
 * an inbox sub-folder, the night's wave in progress): letters and digits in groups joined by
 * single {@code -}, 40 characters at most. The id goes into every ID_APPEL
 * ({@code V<vague>-<numéro>}), which is printed on call sheets and read over the phone, so no
 * {@code .}, {@code _} or space; an id refused here is refused before anything is stored, rather
 * than at planning after a whole list was imported.
 */
public record WaveId(String value) {

    public static final int MAX_LENGTH = 40;
    private static final Pattern RULE = Pattern.compile("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*");
    static final String RULE_TEXT = "lettres et chiffres, groupes séparés par un seul « - », " + MAX_LENGTH
            + " caractères au plus ; ex. 2026-1";

    /** An id that breaks the rule; its message is the French sentence operators read. */
    public static class InvalidWaveIdException extends IllegalArgumentException {

        InvalidWaveIdException(String frenchSentence) {
            super(frenchSentence);
        }
    }

    public WaveId {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new InvalidWaveIdException(problem.get());
        }
    }

    public static WaveId of(String text) {
        return new WaveId(text);
    }

    /** Why {@code text} is not a wave id, in French, or empty when it is one. */
    public static Optional<String> problem(String text) {
        if (text == null || text.length() > MAX_LENGTH || !RULE.matcher(text).matches()) {
            return Optional.of("Identifiant de vague invalide : « " + (text == null ? "" : text) + " » (" + RULE_TEXT + ").");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
