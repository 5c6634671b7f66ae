package fr.raccrochage.sample;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Deterministic streaming shuffle with constant memory: items wait in a fixed-size buffer and a random one leaves
 * each time a new one comes in. Two records of one person are therefore near each other in the output (within
 * a few buffer lengths) but in random order; the buffer never lets two items of the same key follow each other
 * when it has anything else to give.
 */
final class ShuffleBuffer<T> {

    interface Sink<T> {
        void accept(T item) throws IOException;
    }

    private final Object[] items;
    private final Rng rng;
    private final Function<T, String> key;
    private final Sink<T> sink;
    private int size;
    private String lastKey;

    ShuffleBuffer(int capacity, Rng rng, Function<T, String> key, Sink<T> sink) {
        this.items = new Object[capacity];
        this.rng = rng;
        this.key = key;
        this.sink = sink;
    }

    void add(T item) throws IOException {
        if (size < items.length) {
            items[size++] = item;
            return;
        }
        int index = pick();
        T out = get(index);
        items[index] = item;
        emit(out);
    }

    void flush() throws IOException {
        while (size > 0) {
            int index = pick();
            T out = get(index);
            items[index] = items[--size];
            items[size] = null;
            emit(out);
        }
    }

    private int pick() {
        int index = rng.below(size);
        if (lastKey == null) {
            return index;
        }
        for (int i = 0; i < size; i++) {
            int candidate = (index + i) % size;
            if (!Objects.equals(lastKey, key.apply(get(candidate)))) {
                return candidate;
            }
        }
        return index;
    }

    private void emit(T item) throws IOException {
        lastKey = key.apply(item);
        sink.accept(item);
    }

    @SuppressWarnings("unchecked")
    private T get(int index) {
        return (T) items[index];
    }
}
