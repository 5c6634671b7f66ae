package fr.raccrochage.core;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/** Tells a lost database (restart, failover, network cut) from a bug: the first is cured by a rerun. */
public final class DatabaseFaults {

    /** PostgreSQL's shutdown and start-up states, H2's broken connection and closed database. */
    private static final Set<String> LOST_STATES = Set.of("57P01", "57P02", "57P03", "90067", "90098", "90121");

    private DatabaseFaults() {
    }

    public static boolean isConnectionLoss(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                    || e instanceof SQLRecoverableException || e instanceof DataAccessResourceFailureException
                    || e instanceof java.net.ConnectException || e instanceof java.io.EOFException) {
                return true;
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || LOST_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            // A pool's connection closed under it (Hikari says so without an SQL state).
            if (e instanceof SQLException && e.getMessage() != null && e.getMessage().contains("onnection is closed")) {
                return true;
            }
            // A rollback that failed hides the failure that caused it.
            if (e instanceof TransactionSystemException tx && tx.getApplicationException() != null
                    && tx.getApplicationException() != error && isConnectionLoss(tx.getApplicationException())) {
                return true;
            }
            for (Throwable suppressed : e.getSuppressed()) {
                if (suppressed != error && isConnectionLoss(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
