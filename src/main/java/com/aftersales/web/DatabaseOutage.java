package com.aftersales.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells an unreachable database from every other failure, through whatever wraps it (Spring, MyBatis inside the
 * engine, Hikari): such a request is answered {@code 503} with {@code Retry-After}, since the same call will
 * succeed once the database is back, and nothing was changed.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException || cause instanceof QueryTimeoutException
                    || cause instanceof SQLRecoverableException
                    // a commit or rollback that failed: the connection broke under the transaction
                    || cause instanceof TransactionSystemException) {
                return true;
            }
            // Hikari's answer on a connection it already closed (no SQL state)
            if (cause instanceof SQLException sql && "Connection is closed".equals(sql.getMessage())) {
                return true;
            }
            // SQL state class 08: connection exception; 57P01-03: the server shut down or terminated the backend
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
