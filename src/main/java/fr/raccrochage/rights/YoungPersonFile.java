package fr.raccrochage.rights;

import java.util.List;

/** Everything held about one young person, part by part, as {@code jeune fiche} shows it. */
public record YoungPersonFile(YoungPersonLine person, List<Section> sections) {
}
