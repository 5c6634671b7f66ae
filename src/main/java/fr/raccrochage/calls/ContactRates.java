package fr.raccrochage.calls;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
  * Contact rate per (day of week, slot) from the wave's results so far, Laplace-smoothed:
  * (contacts + 1) / (attempts + 2). Smoothing keeps an untried slot at 1/2 instead of 0, so the
  * planner still explores it rather than never trying it again after one unlucky day.
  */
public final class ContactRates {

    private final Map<String, int[]> counts = new HashMap<>();

    public static ContactRates of(Collection<AttemptResult> results) {
        ContactRates rates = new ContactRates();
        results.forEach(rates::add);
        return rates;
    }

    public void add(AttemptResult r) {
        TimeSlot.of(r.at()).ifPresent(slot -> {
            int[] c = counts.computeIfAbsent(key(r.at().getDayOfWeek(), slot), k -> new int[2]);
            c[0]++;
            if (r.outcome().isContact()) {
                c[1]++;
            }
        });
    }

    public double rate(DayOfWeek day, TimeSlot slot) {
        int[] c = counts.getOrDefault(key(day, slot), new int[2]);
        return (c[1] + 1.0) / (c[0] + 2.0);
    }

    /**
      * Weights relative to the mean rate over the slots of the week: a slot twice as good as average
      * weighs 2. Novelty factors in the planner still spread attempts over other slots.
      */
    public SlotWeights toWeights() {
        double sum = 0;
        int n = 0;
        for (DayOfWeek d : DayOfWeek.values()) {
            for (TimeSlot s : TimeSlot.of(d)) {
                sum += rate(d, s);
                n++;
            }
        }
        double mean = sum / n;
        SlotWeights.Builder b = SlotWeights.builder();
        for (DayOfWeek d : DayOfWeek.values()) {
            for (TimeSlot s : TimeSlot.of(d)) {
                b.put(d, s, rate(d, s) / mean);
            }
        }
        return b.build();
    }

    private static String key(DayOfWeek d, TimeSlot s) {
        return d + "/" + s;
    }
}
