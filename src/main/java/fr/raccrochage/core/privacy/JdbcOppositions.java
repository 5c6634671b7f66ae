package fr.raccrochage.core.privacy;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Records the objection on the person; the stages read it through {@link OutputGate}. */
@Repository
class JdbcOppositions implements Oppositions {

    private final JdbcTemplate jdbc;

    JdbcOppositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void oppose(long personId, OppositionSource source, String origin) {
        jdbc.update("""
                INSERT INTO opposition (personne_id, depuis, origine)
                SELECT ?, ?, ? FROM (VALUES (1)) AS one (x)
                WHERE NOT EXISTS (SELECT 1 FROM opposition WHERE personne_id = ?)""",
                personId, Date.valueOf(LocalDate.now()), cut(source.name() + " : " + origin), personId);
    }

    private static String cut(String origin) {
        return origin.length() <= 200 ? origin : origin.substring(0, 200);
    }
}
