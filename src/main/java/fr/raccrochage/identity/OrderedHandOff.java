package fr.raccrochage.identity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Hands items over, in batches, to background threads that turn each batch into a result, and
 * gives the results back in the order the items were given, on the caller's thread, with a bounded
 * number of batches in flight: the thread that reads the database goes on reading while the other
 * cores build what the rows are turned into. {@link #close()} delivers the last results and
 * rethrows what the work threw.
 *
 * @param <T> an item as given
 * @param <R> what a batch of items becomes
 */
final class OrderedHandOff<T, R> implements AutoCloseable {

    private static final int BATCH = 1_000;

    private final Function<List<T>, R> work;
    private final Consumer<R> inOrder;
    private final ExecutorService threads;
    private final int inFlight;
    private final Deque<Future<R>> pending = new ArrayDeque<>();
    private List<T> batch = new ArrayList<>(BATCH);

    /**
     * @param work run on the background threads, one batch at a time
     * @param inOrder run on the caller's thread with each batch's result, in the order of the items
     */
    OrderedHandOff(String name, int threadCount, Function<List<T>, R> work, Consumer<R> inOrder) {
        this.work = work;
        this.inOrder = inOrder;
        this.inFlight = 4 * threadCount;
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threadCount, task -> {
            Thread t = new Thread(task, name + "-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void add(T item) {
        batch.add(item);
        if (batch.size() == BATCH) {
            submit();
            while (pending.size() > inFlight || !pending.isEmpty() && pending.peek().isDone()) {
                deliver(pending.poll());
            }
        }
    }

    private void submit() {
        List<T> items = batch;
        batch = new ArrayList<>(BATCH);
        pending.add(threads.submit(() -> work.apply(items)));
    }

    /** Waits until every item given so far has been turned into a result and delivered. */
    @Override
    public void close() {
        try {
            if (!batch.isEmpty()) {
                submit();
            }
            while (!pending.isEmpty()) {
                deliver(pending.poll());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private void deliver(Future<R> done) {
        try {
            inOrder.accept(done.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("lecture interrompue", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
