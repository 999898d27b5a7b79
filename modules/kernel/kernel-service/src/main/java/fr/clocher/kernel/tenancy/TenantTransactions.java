package fr.clocher.kernel.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One checked-out connection, seen by {@link TenantAwareDataSource}: before the first
 * statement of each transaction it runs {@code SET LOCAL} for the current tenant, and it
 * runs a statement issued in auto-commit mode while a tenant is current as a transaction
 * of its own. The tenant is given lazily (a transaction that runs nothing costs nothing)
 * but before anything that bypasses the statements: a savepoint, which a later rollback
 * to it must not undo, and the driver's own connection ({@code COPY}).
 */
final class TenantTransactions implements InvocationHandler {

	private final Connection connection;

	private final Connection proxy;

	/** Whether the open transaction has run something yet. */
	private boolean begun;

	/** The tenant the open transaction runs for, once begun; null for none. */
	private UUID owner;

	private TenantTransactions(Connection connection) {
		this.connection = connection;
		this.proxy = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, this);
	}

	static Connection bind(Connection connection) {
		return new TenantTransactions(connection).proxy;
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		switch (method.getName()) {
			case "createStatement", "prepareStatement", "prepareCall" -> {
				Statement statement = (Statement) call(this.connection, method, args);
				return Proxy.newProxyInstance(Connection.class.getClassLoader(),
						new Class<?>[] { method.getReturnType() }, new Statements(statement));
			}
			case "commit", "rollback" -> {
				Object result = call(this.connection, method, args);
				if (args == null) {
					this.begun = false;
				}
				return result;
			}
			case "setAutoCommit" -> {
				boolean was = this.connection.getAutoCommit();
				call(this.connection, method, args);
				if (was != (boolean) args[0]) {
					this.begun = false;
				}
				return null;
			}
			case "setSavepoint", "unwrap" -> {
				if (method.getName().equals("unwrap") && ((Class<?>) args[0]).isInstance(this.proxy)) {
					return this.proxy;
				}
				beforeRawWork();
				return call(this.connection, method, args);
			}
			case "close" -> {
				close();
				return null;
			}
			default -> {
				return call(this.connection, method, args);
			}
		}
	}

	private void beforeRawWork() throws SQLException {
		Optional<UUID> tenant = TenantContext.current();
		if (tenant.isEmpty()) {
			return;
		}
		if (this.connection.getAutoCommit()) {
			throw new IllegalStateException(
					"Work for a tenant on the driver's own connection needs a transaction: start one first");
		}
		enterTransaction(tenant.get());
	}

	private Object execute(Statement statement, Method method, Object[] args) throws Throwable {
		UUID tenant = TenantContext.current().orElse(null);
		if (!this.connection.getAutoCommit()) {
			enterTransaction(tenant);
			return call(statement, method, args);
		}
		if (tenant == null) {
			return call(statement, method, args);
		}
		// In auto-commit mode the driver reads every row at once: keep it so.
		statement.setFetchSize(0);
		this.connection.setAutoCommit(false);
		try {
			enterTransaction(tenant);
			Object result = call(statement, method, args);
			this.connection.commit();
			return result;
		}
		catch (Throwable ex) {
			try {
				this.connection.rollback();
			}
			catch (SQLException rollback) {
				ex.addSuppressed(rollback);
			}
			throw ex;
		}
		finally {
			this.begun = false;
			this.connection.setAutoCommit(true);
		}
	}

	private void enterTransaction(UUID tenant) throws SQLException {
		if (!this.begun) {
			if (tenant != null) {
				try (Statement set = this.connection.createStatement()) {
					set.execute(TenantAwareDataSource.setLocal(tenant));
				}
			}
			this.begun = true;
			this.owner = tenant;
		}
		else if (!Objects.equals(this.owner, tenant)) {
			throw new IllegalStateException(
					"The tenant cannot change inside a transaction; start the tenant's work in a transaction of its own");
		}
	}

	private void close() throws SQLException {
		if (this.connection.isClosed()) {
			return;
		}
		try {
			if (!this.connection.getAutoCommit()) {
				this.connection.rollback();
			}
		}
		finally {
			this.connection.close();
		}
	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	/**
	 * A statement of this connection: its executions go through the tenant's transaction.
	 */
	private final class Statements implements InvocationHandler {

		private final Statement statement;

		Statements(Statement statement) {
			this.statement = statement;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (method.getName().startsWith("execute")) {
				return execute(this.statement, method, args);
			}
			if (method.getName().equals("getConnection")) {
				return TenantTransactions.this.proxy;
			}
			return call(this.statement, method, args);
		}

	}

}
