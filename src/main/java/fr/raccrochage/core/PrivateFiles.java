package fr.raccrochage.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Personal data at rest, readable by the service account only: folders 700, files 600, whatever
 * the umask. Java cannot set the umask, so the folders are made 700 before anything is written in
 * them (a file in a 700 folder is out of other accounts' reach whatever its own mode), and the files
 * found in them are brought to 600. No-op on file systems without POSIX permissions.
 */
public final class PrivateFiles {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates the folder and its missing parents 700; makes the folder itself 700 if it existed. */
    public static void folder(Path folder) {
        if (!POSIX) {
            mkdirs(folder);
            return;
        }
        Path absolute = folder.toAbsolutePath().normalize();
        Path missing = absolute;
        while (missing.getParent() != null && !Files.exists(missing.getParent())) {
            missing = missing.getParent();
        }
        mkdirs(absolute);
        // The parents this call created hold our data too: 700 as well.
        for (Path p = absolute; p != null && p.startsWith(missing); p = p.getParent()) {
            set(p, FOLDER);
        }
        set(absolute, FOLDER);
    }

    /** The folder (created if missing) and everything under it: folders 700, files 600. */
    public static void tree(Path root) {
        folder(root);
        if (!POSIX) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    set(dir, FOLDER);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        set(file, FILE);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // A file removed meanwhile (a temporary file moved into place): nothing to protect.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates an empty file 600 unless it exists (then makes it 600), its folder 700. */
    public static void file(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        folder(parent);
        if (!POSIX) {
            return;
        }
        try {
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // created meanwhile: made 600 below
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        set(file, FILE);
    }

    private static void mkdirs(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Path path, Set<PosixFilePermission> permissions) {
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (NoSuchFileException e) {
            // gone meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
