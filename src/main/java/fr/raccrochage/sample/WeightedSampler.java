package fr.raccrochage.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Draws items in proportion to their weights: cumulative weights and a binary search. */
final class WeightedSampler<T> {

    private final List<T> items;
    private final long[] cumulative;

    private WeightedSampler(List<T> items, long[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    T sample(Rng rng) {
        long draw = rng.below(cumulative[cumulative.length - 1]);
        int index = Arrays.binarySearch(cumulative, draw + 1);
        if (index < 0) {
            index = -index - 1;
        }
        return items.get(index);
    }

    int size() {
        return items.size();
    }

    List<T> items() {
        return items;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    static final class Builder<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Long> weights = new ArrayList<>();

        /** Items of weight 0 or less are ignored. */
        Builder<T> add(T item, long weight) {
            if (weight > 0) {
                items.add(item);
                weights.add(weight);
            }
            return this;
        }

        boolean isEmpty() {
            return items.isEmpty();
        }

        WeightedSampler<T> build() {
            if (items.isEmpty()) {
                throw new IllegalStateException("no item to sample from");
            }
            long[] cumulative = new long[items.size()];
            long sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
            return new WeightedSampler<>(List.copyOf(items), cumulative);
        }
    }
}
