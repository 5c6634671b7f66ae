package fr.raccrochage.scheduling;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The night's SQL for choosing the waves each step works on. */
@Repository
class JdbcNightDao {

    private final JdbcTemplate jdbc;

    JdbcNightDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every declared wave, in order. */
    List<String> waves() {
        return jdbc.queryForList("SELECT id FROM vague ORDER BY id", String.class);
    }

    /** The planned waves whose calling period is not over on the night. */
    List<String> wavesBeingCalled(LocalDate night) {
        return jdbc.queryForList("""
                SELECT vague_id FROM dossier_appel GROUP BY vague_id HAVING MAX(fin) >= ? ORDER BY vague_id""",
                String.class, night);
    }

    /** The planned waves, not closed yet, whose calling period ended before the night. */
    List<String> wavesCalledAndNotClosed(LocalDate night) {
        return jdbc.queryForList("""
                SELECT d.vague_id FROM dossier_appel d
                WHERE NOT EXISTS (SELECT 1 FROM cloture_vague c WHERE c.vague_id = d.vague_id)
                GROUP BY d.vague_id HAVING MAX(d.fin) < ? ORDER BY d.vague_id""", String.class, night);
    }
}
