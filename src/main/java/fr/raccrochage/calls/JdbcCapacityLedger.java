package fr.raccrochage.calls;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The call centre's daily capacity, backed by {@code capacite_appels} (attempts planned per day, all
 * waves together). The days of a period are read once and counted in memory; {@link #flush()} writes
 * the changed days back in the caller's transaction. Safe because one run at a time holds the
 * {@link fr.raccrochage.core.RunLock}.
 */
final class JdbcCapacityLedger implements CapacityLedger {

    private final JdbcTemplate jdbc;
    private final int dailyCapacity;
    private final Map<LocalDate, Integer> planned = new HashMap<>();
    private final Set<LocalDate> stored = new HashSet<>();
    private final Set<LocalDate> changed = new HashSet<>();

    JdbcCapacityLedger(JdbcTemplate jdbc, int dailyCapacity, CallingPeriod period) {
        this.jdbc = jdbc;
        this.dailyCapacity = dailyCapacity;
        jdbc.query("SELECT jour, prevues FROM capacite_appels WHERE jour BETWEEN ? AND ?", rs -> {
            LocalDate day = rs.getObject(1, LocalDate.class);
            planned.put(day, rs.getInt(2));
            stored.add(day);
        }, period.debut(), period.fin());
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
            Integer n = jdbc.query("SELECT prevues FROM capacite_appels WHERE jour = ?",
                    rs -> rs.next() ? rs.getInt(1) : null, day);
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
                jdbc.update("UPDATE capacite_appels SET prevues = ? WHERE jour = ?", planned.get(day), day);
            } else {
                jdbc.update("INSERT INTO capacite_appels (jour, prevues) VALUES (?, ?)", day, planned.get(day));
                stored.add(day);
            }
        }
        changed.clear();
    }
}
