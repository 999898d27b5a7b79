package fr.clocher.kernel.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Gives PostgreSQL the current tenant with every transaction, as
 * {@code SET LOCAL clocher.tenant_id}, the one form Citus carries to the workers where
 * the row-level security policies run (decision 0024). A statement that needs a tenant
 * always runs in a transaction: a statement issued in auto-commit mode while a tenant is
 * current becomes a transaction of its own. Nothing is ever set for the session, so a
 * pooled connection cannot carry one tenant into another's work. JPA, JDBC and native SQL
 * all come through here.
 */
public class TenantAwareDataSource extends DelegatingDataSource {

	static final String SETTING = "clocher.tenant_id";

	private static final Pattern TENANT = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	public TenantAwareDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return TenantTransactions.bind(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return TenantTransactions.bind(super.getConnection(username, password));
	}

	/**
	 * The statement that gives a transaction its tenant. {@code SET} takes no bind
	 * parameters, so the tenant is written into it, and only in the canonical form of a
	 * UUID. {@code citus.propagate_set_commands} makes Citus send the {@code SET LOCAL}
	 * on to the workers; plain PostgreSQL keeps it as a placeholder setting and ignores
	 * it. Both in one statement: one round trip.
	 * @param tenant the tenant's id
	 * @return the statement
	 * @throws IllegalArgumentException if {@code tenant} is not a lower-case UUID
	 */
	static String setLocal(String tenant) {
		if (!TENANT.matcher(tenant).matches()) {
			throw new IllegalArgumentException("Not a tenant id: " + tenant.length() + " characters");
		}
		return "set local citus.propagate_set_commands = 'local'; set local " + SETTING + " = '" + tenant + "'";
	}

	static String setLocal(UUID tenant) {
		return setLocal(tenant.toString());
	}

}
