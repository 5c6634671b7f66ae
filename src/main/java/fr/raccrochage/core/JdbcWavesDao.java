package fr.raccrochage.core;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of the campaign waves ({@code vague}), for {@link Waves}. */
@Repository
class JdbcWavesDao {

    private final JdbcTemplate jdbc;

    JdbcWavesDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String waveId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM vague WHERE id = ?", Integer.class, waveId) > 0;
    }

    void insert(String waveId, LocalDateTime createdAt) {
        jdbc.update("INSERT INTO vague (id, cree_le) VALUES (?, ?)", waveId, Timestamp.valueOf(createdAt));
    }
}
