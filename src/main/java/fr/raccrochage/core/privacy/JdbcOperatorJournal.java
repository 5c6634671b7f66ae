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
                Timestamp.valueOf(LocalDateTime.now()), cut(entry.operator(), 200), entry.channel().name(),
                cut(entry.action(), 40), entry.personId(), cut(entry.target(), 200), cut(entry.ground(), 500));
    }

    @Override
    public int purgeBefore(LocalDateTime cutoff) {
        return jdbc.update("DELETE FROM journal_operateur WHERE horodatage < ?", Timestamp.valueOf(cutoff));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
