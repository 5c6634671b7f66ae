package fr.raccrochage.core.inbound;

import java.util.ArrayList;
import java.util.List;

/**
 * A column a kind of file declares: its contract name, whether a file without it is refused, and
 * the other header spellings it is known by. Header names compare by {@link #key}: case, accents,
 * spaces and punctuation ignored, so "Date de naissance", "DATE_NAISSANCE" and "date-naissance"
 * are one name.
 */
public record InboundColumn(String name, boolean required, List<String> aliases) {

    public static InboundColumn required(String name, String... aliases) {
        return new InboundColumn(name, true, List.of(aliases));
    }

    public static InboundColumn optional(String name, String... aliases) {
        return new InboundColumn(name, false, List.of(aliases));
    }

    /** The keys this column answers to: its name's and its aliases'. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(aliases.size() + 1);
        keys.add(key(name));
        aliases.forEach(alias -> keys.add(key(alias)));
        return keys;
    }

    /** The comparison key of a header name. */
    public static String key(String header) {
        return fr.raccrochage.core.text.TextKeys.key(header == null ? null : header.replace("\uFEFF", "")).replace(" ", "");
    }
}
