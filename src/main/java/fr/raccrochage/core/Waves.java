package fr.raccrochage.core;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The campaign waves ({@code vague}): a wave exists from its first imported list on. */
@Repository
public class Waves {

    private final JdbcTemplate jdbc;

    public Waves(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String waveId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM vague WHERE id = ?", Integer.class, waveId) > 0;
    }

    /** Creates the wave unless it exists; call inside the transaction that stores its first data. */
    public void ensure(String waveId) {
        if (!exists(waveId)) {
            jdbc.update("INSERT INTO vague (id, cree_le) VALUES (?, ?)", waveId, Timestamp.valueOf(LocalDateTime.now()));
        }
    }
}
