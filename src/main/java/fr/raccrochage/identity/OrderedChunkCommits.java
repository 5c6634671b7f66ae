package fr.raccrochage.identity;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes chunks on {@link #WRITERS} connections at once, each chunk in its own transaction, and
 * commits them strictly in the order they were given: chunk k commits only once chunk k-1 has. The
 * database does most of a chunk's work (rows, index entries, then settling them at commit) on the
 * thread that writes it, so two writers use both cores, while what is committed is always a prefix
 * of the chunks, exactly as with one writer: an interrupted run leaves the same state.
 *
 * <p>At most {@link #WRITERS} chunks are in flight: when chunk k starts, every chunk up to k-2 is
 * committed, and only chunk k-1 may not be. A chunk must therefore not refer to rows that chunk k-1
 * creates (the other writer's transaction does not see them yet).
 */
final class OrderedChunkCommits implements AutoCloseable {

    static final int WRITERS = 2;

    private final TransactionTemplate transaction;
    private final ExecutorService writers;
    private final Semaphore inFlight = new Semaphore(WRITERS);
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
    private int submitted;

    OrderedChunkCommits(TransactionTemplate transaction) {
        this.transaction = transaction;
        AtomicInteger named = new AtomicInteger();
        this.writers = Executors.newFixedThreadPool(WRITERS, task -> {
            Thread thread = new Thread(task, "identite-ecriture-" + named.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs the chunk's writes in a new transaction on a writer thread, waits there for the previous
     * chunk's commit, then commits. Blocks while {@link #WRITERS} chunks are in flight; rethrows the
     * failure of an earlier chunk (the later ones roll back).
     */
    void submit(Runnable writes) {
        acquire();
        if (last.isCompletedExceptionally()) {
            inFlight.release();
            rethrow(last);
        }
        CompletableFuture<Void> previous = last;
        submitted++;
        last = CompletableFuture.runAsync(() -> {
            if (previous.isCompletedExceptionally()) {
                previous.join(); // already failed: nothing to write for a chunk that would roll back
            }
            transaction.executeWithoutResult(status -> {
                writes.run();
                previous.join(); // commit after the previous chunk, or roll back when it failed
            });
        }, writers).whenComplete((done, failure) -> inFlight.release());
    }

    /** Waits until every chunk is committed; rethrows the first failure. */
    void finish() {
        rethrow(last);
    }

    @Override
    public void close() {
        writers.shutdownNow();
    }

    private void acquire() {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("écriture interrompue", e);
        }
    }

    private static void rethrow(CompletableFuture<Void> chunk) {
        try {
            chunk.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            // the first failure, not the roll-backs it caused in the chunks after it
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
