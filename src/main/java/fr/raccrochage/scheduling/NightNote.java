package fr.raccrochage.scheduling;

import java.util.List;

/**
 * What one step of the night has to tell the operator.
 *
 * @param needsOperator something must be looked at: the night ends with a non-zero exit code
 */
public record NightNote(String title, List<String> lines, boolean needsOperator) {

    public NightNote {
        lines = List.copyOf(lines);
    }

    public static NightNote of(String title, String line) {
        return new NightNote(title, List.of(line), false);
    }

    /** One string (what a job's execution context stores safely): flag, title, then the lines. */
    String encode() {
        return (needsOperator ? "!" : "-") + title + "\n" + String.join("\n", lines);
    }

    static NightNote decode(String text) {
        List<String> parts = List.of(text.substring(1).split("\n", -1));
        return new NightNote(parts.get(0), parts.subList(1, parts.size()), text.charAt(0) == '!');
    }
}
