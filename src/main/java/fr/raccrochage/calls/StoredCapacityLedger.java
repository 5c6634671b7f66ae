package fr.raccrochage.calls;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The call centre's daily capacity, stored in {@code capacite_appels} ({@link JdbcCapacityDao}) (attempts planned per day, all
 * waves together). The days of a period are read once and counted in memory; {@link #flush()} writes
 * the changed days back in the caller's transaction. Safe because one run at a time holds the
 * {@link fr.raccrochage.core.RunLock}.
 */
final class StoredCapacityLedger implements CapacityLedger {

    private final JdbcCapacityDao dao;
    private final int dailyCapacity;
    private final Map<LocalDate, Integer> planned = new HashMap<>();
    private final Set<LocalDate> stored = new HashSet<>();
    private final Set<LocalDate> changed = new HashSet<>();

    StoredCapacityLedger(JdbcCapacityDao dao, int dailyCapacity, CallingPeriod period) {
        this.dao = dao;
        this.dailyCapacity = dailyCapacity;
        planned.putAll(dao.plannedPerDay(period));
        stored.addAll(planned.keySet());
    }

    @Override
    public boolean tryReserve(LocalDate day) {
        int n = used(day);
        if (n >= dailyCapacity) {
            return false;
        }
        set(day, n + 1);
        return true;
    }

    @Override
    public void reserve(LocalDate day) {
        set(day, used(day) + 1);
    }

    @Override
    public void release(LocalDate day) {
        set(day, Math.max(0, used(day) - 1));
    }

    int used(LocalDate day) {
        if (!planned.containsKey(day)) {
            Integer n = dao.plannedOn(day).orElse(null);
            if (n != null) {
                stored.add(day);
            }
            planned.put(day, n == null ? 0 : n);
        }
        return planned.get(day);
    }

    private void set(LocalDate day, int n) {
        planned.put(day, n);
        changed.add(day);
    }

    void flush() {
        for (LocalDate day : changed) {
            if (stored.contains(day)) {
                dao.updatePlanned(day, planned.get(day));
            } else {
                dao.insertPlanned(day, planned.get(day));
                stored.add(day);
            }
        }
        changed.clear();
    }
}
