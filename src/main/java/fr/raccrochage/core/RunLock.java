package fr.raccrochage.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.stereotype.Component;

/**
 * One run at a time on a database: an OS file lock in the data folder, released by the OS
 * even when the process is killed.
 */
@Component
public class RunLock {

    /** Another process holds the lock. */
    public static class HeldElsewhereException extends RuntimeException {
        public HeldElsewhereException(Path lockFile) {
            super("Une autre exécution de raccrochage est en cours sur ces données (verrou " + lockFile
                    + ") : attendez sa fin puis relancez.");
        }
    }

    /** The held lock; closing it releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    private final Path lockFile;

    public RunLock(RaccrochageProperties properties) {
        this.lockFile = properties.dossierDonnees().resolve("raccrochage.verrou");
    }

    public Held acquire() {
        try {
            Files.createDirectories(lockFile.getParent());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new HeldElsewhereException(lockFile);
            }
            return () -> {
                try {
                    lock.release();
                    channel.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new HeldElsewhereException(lockFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
