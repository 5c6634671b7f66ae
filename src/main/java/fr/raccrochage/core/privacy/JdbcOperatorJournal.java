package fr.raccrochage.core.privacy;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOperatorJournal implements OperatorJournal {

    private final JdbcTemplate jdbc;

    JdbcOperatorJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Entry entry) {
        jdbc.update("""
                INSERT INTO journal_operateur (horodatage, operateur, canal, action, personne_id, cible, motif)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.valueOf(LocalDateTime.now()), entry.operator(), entry.channel().name(), entry.action(),
                entry.personId(), entry.target(), entry.ground());
    }
}
