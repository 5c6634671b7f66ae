package fr.raccrochage.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One run that writes at a time on a database.
 * <ul>
 * <li>Embedded H2 (one data folder = one database): an OS file lock in the data folder,
 * released by the OS even when the process is killed. Taking it opens no database.</li>
 * <li>PostgreSQL: a session advisory lock on a connection held for the whole run, so two
 * hosts or two data folders on the same database never write at once; the server releases it
 * when the connection dies (process killed, network cut, server restart).</li>
 * </ul>
 * Re-entrant within a process: the CLI takes it before a command's services exist, and the
 * command, or {@link JobRunner}, may ask for it again.
 */
@Component
public class RunLock {

    /** Arbitrary, fixed key of the advisory lock: "raccrochage" as a number. */
    static final long ADVISORY_KEY = 0x7261636372L;

    /** Another process holds the lock. */
    public static class HeldElsewhereException extends RuntimeException {
        public HeldElsewhereException(String where) {
            super("Une autre exécution de raccrochage est en cours sur ces données (" + where
                    + ") : attendez sa fin puis relancez la commande.");
        }
    }

    /** The lock was held, but its database connection is gone (server restarted, network cut). */
    public static class LostException extends JobFailedException {
        public LostException(Throwable cause) {
            super("La connexion à la base de données a été perdue (redémarrage du serveur, réseau coupé) : "
                    + "relancez la même commande, elle reprendra là où elle s'est arrêtée.", cause);
        }
    }

    /** The held lock; closing it releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    private interface Release {
        void release() throws Exception;

        /** Still held? A lock kept by a dead connection is not. */
        default boolean valid() {
            return true;
        }
    }

    private final Path lockFile;
    private final boolean postgresql;
    private final Supplier<DataSource> dataSource;
    private int holds;
    private Release release;

    @Autowired
    public RunLock(RaccrochageProperties properties, @Value("${spring.datasource.url:}") String databaseUrl,
            ObjectProvider<DataSource> dataSource) {
        this(properties, databaseUrl, (Supplier<DataSource>) dataSource::getObject);
    }

    /** The lock of the database at this URL (its data source is asked for a connection only on PostgreSQL). */
    public RunLock(RaccrochageProperties properties, String databaseUrl, Supplier<DataSource> dataSource) {
        this.lockFile = properties.dossierDonnees().resolve("raccrochage.verrou");
        this.postgresql = databaseUrl.startsWith("jdbc:postgresql:");
        this.dataSource = dataSource;
    }

    /** An H2 (file) lock on a data folder, for tools and tests that have no Spring context. */
    public RunLock(RaccrochageProperties properties) {
        this(properties, "", (Supplier<DataSource>) () -> null);
    }

    /**
     * Takes the lock, or joins this process's hold of it.
     *
     * @throws HeldElsewhereException another process holds it
     * @throws LostException this process held it on a connection that is gone
     */
    public synchronized Held acquire() {
        if (holds == 0) {
            release = postgresql ? lockDatabase() : lockFile();
        } else if (!release.valid()) {
            throw new LostException(null);
        }
        holds++;
        return new Held() {
            private boolean closed;

            @Override
            public void close() {
                synchronized (RunLock.this) {
                    if (!closed) {
                        closed = true;
                        releaseOne();
                    }
                }
            }
        };
    }

    /** Whether this process holds the lock now. */
    public synchronized boolean heldHere() {
        return holds > 0;
    }

    private void releaseOne() {
        if (--holds == 0) {
            Release last = release;
            release = null;
            try {
                last.release();
            } catch (Exception e) {
                // A lock whose connection or file is gone is released already.
            }
        }
    }

    private Release lockFile() {
        try {
            Files.createDirectories(lockFile.getParent());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new HeldElsewhereException("verrou " + lockFile);
            }
            FileLock held = lock;
            return () -> {
                held.release();
                channel.close();
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Release lockDatabase() {
        Connection connection = null;
        try {
            connection = dataSource.get().getConnection();
            connection.setAutoCommit(true);
            if (!tryAdvisoryLock(connection)) {
                connection.close();
                throw new HeldElsewhereException("verrou de la base de données");
            }
            Connection held = connection;
            return new Release() {
                @Override
                public void release() throws SQLException {
                    try (held; PreparedStatement unlock = held.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                        unlock.setLong(1, ADVISORY_KEY);
                        unlock.execute();
                    }
                }

                @Override
                public boolean valid() {
                    try {
                        return held.isValid(5);
                    } catch (SQLException e) {
                        return false;
                    }
                }
            };
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DatabaseUnavailableException(e);
        }
    }

    private static boolean tryAdvisoryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, ADVISORY_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
        }
    }
}
