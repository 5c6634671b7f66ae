package fr.raccrochage.scheduling;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file waiting in an inbox folder.
 *
 * @param wave the wave named by the sub-folder it sits in, if any
 */
public record InboxFile(InboxKind kind, Path path, Optional<String> wave) {

    public String name() {
        return path.getFileName().toString();
    }
}
