package fr.clocher.kernel.tenancy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Gives PostgreSQL the current tenant on every connection checkout and clears it when the
 * connection goes back to the pool, so row-level security sees exactly the tenant of the
 * work that holds the connection, and a pooled connection never carries one tenant into
 * another's work. JPA, JDBC and native SQL all come through here.
 */
public class TenantAwareDataSource extends DelegatingDataSource {

	static final String SETTING = "clocher.tenant_id";

	private static final String SET = "select set_config('" + SETTING + "', ?, false)";

	public TenantAwareDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return tenantBound(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return tenantBound(super.getConnection(username, password));
	}

	private Connection tenantBound(Connection connection) throws SQLException {
		try {
			apply(connection, TenantContext.current().map(UUID::toString).orElse(""));
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (method.getName().equals("close") && !connection.isClosed()) {
						clearThenClose(connection);
						return null;
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				});
	}

	private static void clearThenClose(Connection connection) throws SQLException {
		try {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
			apply(connection, "");
		}
		finally {
			connection.close();
		}
	}

	private static void apply(Connection connection, String tenant) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(SET)) {
			statement.setString(1, tenant);
			statement.execute();
		}
	}

}
