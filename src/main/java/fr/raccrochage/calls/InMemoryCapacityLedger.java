package fr.raccrochage.calls;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** A capacity ledger in memory, for tests, the simulation and a single planning run. */
public final class InMemoryCapacityLedger implements CapacityLedger {

    private final int dailyCapacity;
    private final Map<LocalDate, Integer> used = new HashMap<>();

    public InMemoryCapacityLedger(int dailyCapacity) {
        if (dailyCapacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0");
        }
        this.dailyCapacity = dailyCapacity;
    }

    @Override
    public synchronized boolean tryReserve(LocalDate day) {
        int n = used.getOrDefault(day, 0);
        if (n >= dailyCapacity) {
            return false;
        }
        used.put(day, n + 1);
        return true;
    }

    @Override
    public synchronized void reserve(LocalDate day) {
        used.merge(day, 1, Integer::sum);
    }

    @Override
    public synchronized void release(LocalDate day) {
        used.computeIfPresent(day, (d, n) -> n <= 1 ? null : n - 1);
    }

    public synchronized int used(LocalDate day) {
        return used.getOrDefault(day, 0);
    }
}
