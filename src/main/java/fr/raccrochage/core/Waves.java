package fr.raccrochage.core;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The campaign waves ({@code vague}). A wave is declared once: by {@code vague creer}, or by the
 * operator's first {@code siei importer --vague} (an explicit command naming it). A night never
 * declares one: a file in an inbox sub-folder naming an unknown wave is refused.
 */
@Repository
public class Waves {

    private final JdbcTemplate jdbc;

    public Waves(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String waveId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM vague WHERE id = ?", Integer.class, waveId) > 0;
    }

    /** Declares the wave; returns false when it already existed (nothing changes then). */
    public boolean create(WaveId waveId) {
        if (exists(waveId.value())) {
            return false;
        }
        jdbc.update("INSERT INTO vague (id, cree_le) VALUES (?, ?)", waveId.value(), Timestamp.valueOf(LocalDateTime.now()));
        return true;
    }

    /**
     * Creates the wave unless it exists, checking its id by the one rule; call inside the
     * transaction that stores its first data.
     */
    public void ensure(String waveId) {
        create(WaveId.of(waveId));
    }
}
