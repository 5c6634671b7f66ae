package fr.raccrochage.scheduling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The inbox folders ({@code arrivee/<kind>/[<wave>/]<file>}) and their archive: a processed file
 * leaves the inbox for {@code archives/<kind>/<night>/}, a refused one for
 * {@code archives/refuses/<kind>/<night>/}, so an inbox only ever holds what is still to do.
 */
@Component
public class Inbox {

    private final Path root;
    private final Path archives;

    public Inbox(NightlyProperties properties) {
        this.root = properties.arrivee();
        this.archives = properties.archives();
    }

    /** Creates the folders, so that operators and transfer tools see where to drop files. */
    public void prepare() {
        try {
            for (InboxKind kind : InboxKind.values()) {
                Files.createDirectories(root.resolve(kind.folder()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files waiting, by name; files still being copied ({@code .part}, {@code .tmp}, hidden) wait. */
    public List<InboxFile> pending(InboxKind kind) {
        Path folder = root.resolve(kind.folder());
        List<InboxFile> files = new ArrayList<>();
        for (Path entry : list(folder)) {
            if (Files.isDirectory(entry)) {
                String wave = entry.getFileName().toString();
                list(entry).stream().filter(Inbox::isReady)
                        .forEach(f -> files.add(new InboxFile(kind, f, Optional.of(wave))));
            } else if (isReady(entry)) {
                files.add(new InboxFile(kind, entry, Optional.empty()));
            }
        }
        files.sort(Comparator.comparing((InboxFile f) -> f.path().toString()));
        return files;
    }

    /** Moves a file out of the inbox; a name already archived that night gets a numbered suffix. */
    public Path archive(InboxFile file, boolean refused, LocalDate night) {
        Path folder = refused ? archives.resolve("refuses").resolve(file.kind().folder())
                : archives.resolve(file.kind().folder());
        folder = folder.resolve(night.toString());
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(file.name());
            for (int n = 2; Files.exists(target); n++) {
                target = folder.resolve(n + "-" + file.name());
            }
            return Files.move(file.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Beside a refused file in the archive, the reason it was refused ({@code <fichier>.motif.txt}). */
    public void writeReason(Path archived, String reason) {
        try {
            Files.writeString(archived.resolveSibling(archived.getFileName() + ".motif.txt"), reason + System.lineSeparator(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isReady(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp");
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
