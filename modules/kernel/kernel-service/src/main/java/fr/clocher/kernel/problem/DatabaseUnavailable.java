package fr.clocher.kernel.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database's availability (the server restarting or unreachable,
 * the connection pool exhausted, too many connections) from a fault of the request or the
 * code: the first is answered 503 with a delay to retry after, at once, and the service
 * goes on; only the second is an unexpected error.
 */
public final class DatabaseUnavailable {

	/** Seconds a client is asked to wait before trying again. */
	public static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseUnavailable() {
	}

	/**
	 * Whether {@code failure}, or anything that caused it, says the database is
	 * unavailable.
	 */
	public static boolean causes(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql
					&& (closedByThePool(sql) || sql.getSQLState() != null && unavailable(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What HikariCP answers, without a state, on a connection it has closed because the
	 * server broke it: the rollback after a failure mid-transaction meets it, and its
	 * exception replaces the first.
	 */
	private static boolean closedByThePool(SQLException sql) {
		return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
	}

	/**
	 * Connection exceptions (08), the server shutting down or restarting (57P01 to
	 * 57P03), too many connections (53300).
	 */
	private static boolean unavailable(String state) {
		return state.startsWith("08") || state.startsWith("57P0") || state.equals("53300");
	}

}
