package fr.raccrochage.ingestion;

import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;

/** Where the running import reports the bytes it has read; the CLI plugs a progress bar in. */
@Component
public class ImportProgress {

    private volatile LongConsumer listener = bytes -> { };

    public void listen(LongConsumer bytesReadListener) {
        this.listener = bytesReadListener;
    }

    public void stopListening() {
        this.listener = bytes -> { };
    }

    void report(long bytesRead) {
        listener.accept(bytesRead);
    }
}
