package vn.his.web.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database could not be reached (server down or restarting, connection lost mid-request,
 * no pooled connection within the pool's timeout), as opposed to a fault of the request or of the code. Such a request
 * is answered 503 with {@code Retry-After}: nothing is wrong with it and the same request succeeds once the database
 * is back. The transaction it ran in was not committed (or, when the connection broke during the commit itself, the
 * database rolled it back or kept it whole): never half-written.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    /** True when {@code failure} or one of its causes says the database connection is missing or broken. */
    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // the transaction could not even be rolled back or committed: its connection is gone (Hibernate wraps
            // the pool's "Connection is closed", which carries no SQLSTATE)
            if (t instanceof org.hibernate.TransactionException && t.getCause() instanceof SQLException) {
                return true;
            }
            // SQLSTATE class 08: connection exception (ISO/IEC 9075); Connector/J's CommunicationsException is 08S01
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
