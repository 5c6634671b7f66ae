package fr.raccrochage.calls;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The calls stage's SQL for the call centre's daily capacity: {@code capacite_appels}, all waves together. */
@Repository
class JdbcCapacityDao {

    private final JdbcTemplate jdbc;

    JdbcCapacityDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The attempts planned on each stored day of the period. */
    Map<LocalDate, Integer> plannedPerDay(CallingPeriod period) {
        Map<LocalDate, Integer> planned = new HashMap<>();
        jdbc.query("SELECT jour, prevues FROM capacite_appels WHERE jour BETWEEN ? AND ?",
                rs -> {
                    planned.put(rs.getObject(1, LocalDate.class), rs.getInt(2));
                }, period.debut(), period.fin());
        return planned;
    }

    /** The attempts planned on the day, when the day is stored. */
    Optional<Integer> plannedOn(LocalDate day) {
        return Optional.ofNullable(jdbc.query("SELECT prevues FROM capacite_appels WHERE jour = ?",
                rs -> rs.next() ? rs.getInt(1) : null, day));
    }

    void updatePlanned(LocalDate day, int planned) {
        jdbc.update("UPDATE capacite_appels SET prevues = ? WHERE jour = ?", planned, day);
    }

    void insertPlanned(LocalDate day, int planned) {
        jdbc.update("INSERT INTO capacite_appels (jour, prevues) VALUES (?, ?)", day, planned);
    }
}
