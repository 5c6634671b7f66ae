package fr.raccrochage.cli;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a command does to the database, which decides whether the CLI takes the run lock
 * ({@link fr.raccrochage.core.RunLock}) before the command and its services are created.
 * A command class without this annotation {@link Mode#WRITES writes}: the safe default.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DatabaseAccess {

    Mode value();

    enum Mode {
        /** Changes data or jobs: runs only when no other writer runs (else exit 5). */
        WRITES,
        /** Only reads (it may write files): runs while a writer runs, e.g. during a night. */
        READS_ONLY,
        /** Takes the lock itself, for the stretches that write (nuit --en-continu: each night). */
        LOCKS_ITSELF
    }
}
