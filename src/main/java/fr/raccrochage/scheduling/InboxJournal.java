package fr.raccrochage.scheduling;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every inbox file taken or refused, by content: the same bytes are never processed twice. */
@Repository
public class InboxJournal {

    public enum Status { TRAITE, REFUSE }

    public record Entry(InboxKind kind, String name, Status status, String message, boolean needsOperator) {
    }

    private final JdbcTemplate jdbc;

    public InboxJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Entry> find(InboxKind kind, String sha256) {
        return jdbc.query("SELECT type, nom, statut, message, a_verifier FROM fichier_arrivee WHERE type = ? AND empreinte = ?",
                (rs, i) -> entry(rs), kind.name(), sha256).stream().findFirst();
    }

    /** A file taken before (a refused one may be dropped again once the cause is fixed: it is tried again). */
    public Optional<Entry> taken(InboxKind kind, String sha256) {
        return find(kind, sha256).filter(entry -> entry.status() == Status.TRAITE);
    }

    public void record(InboxFile file, String sha256, Status status, String message, boolean needsOperator,
            LocalDate night) {
        jdbc.update("DELETE FROM fichier_arrivee WHERE type = ? AND empreinte = ? AND statut = ?", file.kind().name(), sha256,
                Status.REFUSE.name());
        jdbc.update("""
                INSERT INTO fichier_arrivee (type, nom, empreinte, statut, message, a_verifier, nuit, traite_le)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", file.kind().name(), file.name(), sha256, status.name(),
                message.length() > 2000 ? message.substring(0, 2000) : message, needsOperator, night,
                Timestamp.valueOf(LocalDateTime.now()));
    }

    /** What a night took, in the order it took it. */
    public List<Entry> ofNight(LocalDate night) {
        return jdbc.query("SELECT type, nom, statut, message, a_verifier FROM fichier_arrivee WHERE nuit = ? ORDER BY id",
                (rs, i) -> entry(rs), night);
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(InboxKind.valueOf(rs.getString(1)), rs.getString(2), Status.valueOf(rs.getString(3)),
                rs.getString(4), rs.getBoolean(5));
    }
}
