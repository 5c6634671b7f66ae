package fr.raccrochage.calls;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;

/** How much the planner prefers a (day of week, slot); 1.0 everywhere is the fixed schedule. */
public final class SlotWeights {

    private static final SlotWeights UNIFORM = new SlotWeights(Map.of());

    private final Map<String, Double> weights;

    private SlotWeights(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    public static SlotWeights uniform() {
        return UNIFORM;
    }

    public double weight(DayOfWeek day, TimeSlot slot) {
        return weights.getOrDefault(key(day, slot), 1.0);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String key(DayOfWeek day, TimeSlot slot) {
        return day + "/" + slot;
    }

    /** Builder, so callers cannot change weights a planner is using. */
    public static final class Builder {
        private final Map<String, Double> weights = new HashMap<>();

        public Builder put(DayOfWeek day, TimeSlot slot, double weight) {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("weight must be > 0");
            }
            weights.put(key(day, slot), weight);
            return this;
        }

        public SlotWeights build() {
            return new SlotWeights(weights);
        }
    }
}
