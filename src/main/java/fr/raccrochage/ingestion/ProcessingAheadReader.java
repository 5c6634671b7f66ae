package fr.raccrochage.ingestion;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads and normalizes lines on a second thread while the step's thread writes the previous
 * chunk to the database: the two halves of an import cost about the same, so this nearly
 * halves its time on two cores. The hand-off queue is small and bounded, so memory does not
 * grow with the file. Restart state counts only the lines handed to the step (the ones that
 * reached a committed chunk), never the ones read ahead. On a restart the count is taken from
 * the lines the database holds for the file: a commit whose answer was lost with the connection
 * may have stored a chunk the step context does not know of, and it must not be stored twice.
 */
public class ProcessingAheadReader implements ItemStreamReader<ProcessedLine> {

    private static final int QUEUE_CAPACITY = 2 * IngestionJobConfiguration.CHUNK_SIZE;
    private static final Logger log = LoggerFactory.getLogger(ProcessingAheadReader.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private sealed interface Slot permits Item, End, Failure {
    }

    private record Item(ProcessedLine line) implements Slot {
    }

    private record End() implements Slot {
    }

    private record Failure(RuntimeException error) implements Slot {
    }

    private final SieiLineReader lines;
    private final ItemProcessor<SieiLine, ProcessedLine> processor;
    private final IntSupplier storedLines;
    private final BlockingQueue<Slot> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private Thread worker;
    private volatile long readingCpuNanos;
    private long stepCpuAtOpen;
    private int handedOut;
    private boolean ended;

    public ProcessingAheadReader(SieiLineReader lines, ItemProcessor<SieiLine, ProcessedLine> processor,
            IntSupplier storedLines) {
        this.lines = lines;
        this.processor = processor;
        this.storedLines = storedLines;
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(SieiLineReader.RECORDS_KEY)) {
            context.putInt(SieiLineReader.RECORDS_KEY, storedLines.getAsInt());
        }
        handedOut = context.getInt(SieiLineReader.RECORDS_KEY, 0);
        stepCpuAtOpen = THREADS.getCurrentThreadCpuTime();
        lines.open(context);
        worker = new Thread(this::readAhead, "siei-lecture");
        worker.setDaemon(true);
        worker.start();
    }

    private void readAhead() {
        try {
            readAheadUntilTheEnd();
        } finally {
            readingCpuNanos = THREADS.getCurrentThreadCpuTime();
        }
    }

    private void readAheadUntilTheEnd() {
        try {
            SieiLine line;
            while ((line = lines.read()) != null) {
                queue.put(new Item(processor.process(line)));
            }
            queue.put(new End());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            RuntimeException error = e instanceof RuntimeException r ? r : new ItemStreamException(e.getMessage(), e);
            try {
                queue.put(new Failure(error));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public ProcessedLine read() throws InterruptedException {
        if (ended) {
            return null;
        }
        Slot slot = queue.take();
        if (slot instanceof Item item) {
            handedOut++;
            return item.line();
        }
        ended = true;
        if (slot instanceof Failure failure) {
            throw failure.error();
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(SieiLineReader.RECORDS_KEY, handedOut);
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            logThreadTimes();
            worker = null;
        }
        lines.close();
    }

    /**
     * The two threads' computing time, for whoever tunes the import: the wall time follows the busier
     * of the two (the step's thread is mostly the database's work).
     */
    private void logThreadTimes() {
        log.info("Calcul de l'import : lecture et normalisation {} s (fil siei-lecture), écriture en base {} s "
                + "(fil de l'étape)", seconds(readingCpuNanos), seconds(THREADS.getCurrentThreadCpuTime() - stepCpuAtOpen));
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", Math.max(0, nanos) / 1e9);
    }
}
