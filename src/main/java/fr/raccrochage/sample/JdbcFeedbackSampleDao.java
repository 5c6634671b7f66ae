package fr.raccrochage.sample;

import fr.raccrochage.sample.FeedbackSampleGenerator.Sent;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of {@link FeedbackSampleGenerator}: what the partners were sent in a wave. */
@Repository
class JdbcFeedbackSampleDao {

    private final JdbcTemplate jdbc;

    JdbcFeedbackSampleDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every young person of the wave sent to a partner, once per partner, with the first day sent. */
    List<Sent> sent(String waveId) {
        return jdbc.query("""
                SELECT l.id_appel, l.partenaire_id, MIN(e.exporte_le) FROM export_ligne l
                JOIN export_partenaire e ON e.id = l.export_id
                JOIN dossier_appel d ON d.id_appel = l.id_appel
                WHERE d.vague_id = ? GROUP BY l.id_appel, l.partenaire_id ORDER BY l.partenaire_id, l.id_appel""",
                (rs, i) -> new Sent(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime().toLocalDate()),
                waveId);
    }
}
