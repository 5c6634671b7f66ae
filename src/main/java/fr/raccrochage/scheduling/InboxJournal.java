package fr.raccrochage.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Every inbox file taken or refused, by content: the same bytes are never processed twice. The SQL
 * is in {@link JdbcInboxJournalDao}.
 */
@Service
public class InboxJournal {

    public enum Status { TRAITE, REFUSE }

    public record Entry(InboxKind kind, String name, Status status, String message, boolean needsOperator) {
    }

    private static final int MESSAGE_MAX = 2000;

    private final JdbcInboxJournalDao dao;

    InboxJournal(JdbcInboxJournalDao dao) {
        this.dao = dao;
    }

    public Optional<Entry> find(InboxKind kind, String sha256) {
        return dao.find(kind, sha256);
    }

    /** A file taken before (a refused one may be dropped again once the cause is fixed: it is tried again). */
    public Optional<Entry> taken(InboxKind kind, String sha256) {
        return find(kind, sha256).filter(entry -> entry.status() == Status.TRAITE);
    }

    public void record(InboxFile file, String sha256, Status status, String message, boolean needsOperator,
            LocalDate night) {
        dao.deleteRefused(file.kind(), sha256);
        dao.insert(file, sha256, status, message.length() > MESSAGE_MAX ? message.substring(0, MESSAGE_MAX) : message,
                needsOperator, night, LocalDateTime.now());
    }

    /** What a night took, in the order it took it. */
    public List<Entry> ofNight(LocalDate night) {
        return dao.ofNight(night);
    }
}
