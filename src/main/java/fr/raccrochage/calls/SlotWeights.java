package fr.raccrochage.calls;

import java.time.DayOfWeek;
import java.util.Arrays;

/** How much the planner prefers a (day of week, slot); 1.0 everywhere is the fixed schedule. */
public final class SlotWeights {

    private static final int SLOTS = TimeSlot.values().length;
    private static final SlotWeights UNIFORM = new SlotWeights(filled());

    // Indexed by day ordinal × slots + slot ordinal: the planner asks for a weight per candidate
    // and per pick (millions of times for a wave), so no string keys or boxing here.
    private final double[] weights;

    private SlotWeights(double[] weights) {
        this.weights = weights;
    }

    private static double[] filled() {
        double[] w = new double[DayOfWeek.values().length * SLOTS];
        Arrays.fill(w, 1.0);
        return w;
    }

    public static SlotWeights uniform() {
        return UNIFORM;
    }

    public double weight(DayOfWeek day, TimeSlot slot) {
        return weights[index(day, slot)];
    }

    public static Builder builder() {
        return new Builder();
    }

    private static int index(DayOfWeek day, TimeSlot slot) {
        return day.ordinal() * SLOTS + slot.ordinal();
    }

    /** Builder, so callers cannot change weights a planner is using. */
    public static final class Builder {
        private final double[] weights = filled();

        public Builder put(DayOfWeek day, TimeSlot slot, double weight) {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("weight must be > 0");
            }
            weights[index(day, slot)] = weight;
            return this;
        }

        public SlotWeights build() {
            return new SlotWeights(weights.clone());
        }
    }
}
