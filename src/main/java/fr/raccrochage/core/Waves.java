package fr.raccrochage.core;

import java.time.LocalDateTime;
import org.springframework.stereotype.Service;

/**
 * The campaign waves ({@code vague}). A wave is declared once: by {@code vague creer}, or by the
 * operator's first {@code siei importer --vague} (an explicit command naming it). A night never
 * declares one: a file in an inbox sub-folder naming an unknown wave is refused. The SQL is in
 * {@link JdbcWavesDao}.
 */
@Service
public class Waves {

    private final JdbcWavesDao dao;

    Waves(JdbcWavesDao dao) {
        this.dao = dao;
    }

    public boolean exists(String waveId) {
        return dao.exists(waveId);
    }

    /** Declares the wave; returns false when it already existed (nothing changes then). */
    public boolean create(WaveId waveId) {
        if (exists(waveId.value())) {
            return false;
        }
        dao.insert(waveId.value(), LocalDateTime.now());
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
