package fr.raccrochage.core;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The embedded database cannot be opened with the key given (none, another one, or a plain
 * database opened with a key): one French sentence and what to do, instead of a stack trace.
 */
class EmbeddedDatabaseKeyFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    /** H2's FILE_ENCRYPTION_ERROR_1 and WRONG_USER_OR_PASSWORD. */
    static final int ENCRYPTION_ERROR = 90049;
    static final int WRONG_PASSWORD = 28000;
    /** FILE_CORRUPTED_1: what H2 says of an encrypted file opened without its key. */
    static final int UNREADABLE = 90030;

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (cause.getErrorCode() == UNREADABLE) {
            return new FailureAnalysis("La base embarquée est illisible (" + firstLine(cause) + ").",
                    "Si elle a été chiffrée, définir sa clé dans RACCROCHAGE_CLE_BASE ; sinon elle est endommagée : "
                            + "restaurer la dernière sauvegarde.", cause);
        }
        if (cause.getErrorCode() != ENCRYPTION_ERROR && cause.getErrorCode() != WRONG_PASSWORD) {
            return null;
        }
        return new FailureAnalysis(
                "La base embarquée ne s'ouvre pas avec la clé donnée (" + firstLine(cause) + ").",
                "Vérifier RACCROCHAGE_CLE_BASE : la clé avec laquelle la base a été chiffrée, ou aucune pour une base en "
                        + "clair. Pour chiffrer une base existante : voir « Chiffrer la base embarquée » dans le README.",
                cause);
    }

    private static String firstLine(SQLException e) {
        return e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    }
}
