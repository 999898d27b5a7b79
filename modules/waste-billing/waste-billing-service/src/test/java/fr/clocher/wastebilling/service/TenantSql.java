package fr.clocher.wastebilling.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plain SQL as the application's role in one tenant: a transaction with the tenant's
 * setting, rolled back at the end, so that only row-level security decides what is seen
 * and changed.
 */
public final class TenantSql {

	private TenantSql() {
	}

	public static <T> T inTenant(JdbcTemplate sql, UUID tenant, Work<T> work) {
		return sql.execute((Connection connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("begin");
				try {
					statement.execute("select set_config('clocher.tenant_id', '" + tenant + "', true)");
					return work.run(statement);
				}
				finally {
					statement.execute("rollback");
				}
			}
		});
	}

	/** The first column of the query's single row. */
	public static long count(Statement statement, String query) throws SQLException {
		try (var rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** Work on the tenant's statement. */
	@FunctionalInterface
	public interface Work<T> {

		T run(Statement statement) throws SQLException;

	}

}
