package fr.raccrochage.identity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Hands items over to one background thread that consumes them in the order they were given, in
 * batches, with a bounded number of batches waiting: the thread that reads the database goes on
 * reading while the other core builds what the rows are turned into. {@link #close()} waits for the
 * last item and rethrows what the consumer threw.
 */
final class OrderedHandOff<T> implements AutoCloseable {

    private static final int BATCH = 1_000;
    private static final int WAITING = 4;

    private final Consumer<T> consumer;
    private final ExecutorService thread;
    private final Deque<Future<?>> pending = new ArrayDeque<>();
    private List<T> batch = new ArrayList<>(BATCH);

    OrderedHandOff(String name, Consumer<T> consumer) {
        this.consumer = consumer;
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        });
    }

    void add(T item) {
        batch.add(item);
        if (batch.size() == BATCH) {
            submit();
            while (pending.size() > WAITING) {
                await(pending.poll());
            }
        }
    }

    private void submit() {
        List<T> items = batch;
        batch = new ArrayList<>(BATCH);
        pending.add(thread.submit(() -> items.forEach(consumer)));
    }

    /** Waits until every item given so far has been consumed. */
    @Override
    public void close() {
        try {
            if (!batch.isEmpty()) {
                submit();
            }
            while (!pending.isEmpty()) {
                await(pending.poll());
            }
        } finally {
            thread.shutdownNow();
        }
    }

    private static void await(Future<?> done) {
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("lecture interrompue", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
