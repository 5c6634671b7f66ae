package fr.raccrochage.scheduling;

import fr.raccrochage.scheduling.InboxJournal.Entry;
import fr.raccrochage.scheduling.InboxJournal.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The night's SQL for the inbox files taken or refused ({@code fichier_arrivee}), for {@link InboxJournal}. */
@Repository
class JdbcInboxJournalDao {

    private static final String ENTRY = "SELECT type, nom, statut, message, a_verifier FROM fichier_arrivee";

    private final JdbcTemplate jdbc;

    JdbcInboxJournalDao(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Entry> find(InboxKind kind, String sha256) {
        return jdbc.query(ENTRY + " WHERE type = ? AND empreinte = ?", (rs, i) -> entry(rs), kind.name(), sha256)
                .stream().findFirst();
    }

    void deleteRefused(InboxKind kind, String sha256) {
        jdbc.update("DELETE FROM fichier_arrivee WHERE type = ? AND empreinte = ? AND statut = ?", kind.name(), sha256,
                Status.REFUSE.name());
    }

    void insert(InboxFile file, String sha256, Status status, String message, boolean needsOperator, LocalDate night,
            LocalDateTime at) {
        jdbc.update("""
                INSERT INTO fichier_arrivee (type, nom, empreinte, statut, message, a_verifier, nuit, traite_le)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", file.kind().name(), file.name(), sha256, status.name(),
                message, needsOperator, night, Timestamp.valueOf(at));
    }

    List<Entry> ofNight(LocalDate night) {
        return jdbc.query(ENTRY + " WHERE nuit = ? ORDER BY id", (rs, i) -> entry(rs), night);
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(InboxKind.valueOf(rs.getString(1)), rs.getString(2), Status.valueOf(rs.getString(3)),
                rs.getString(4), rs.getBoolean(5));
    }
}
