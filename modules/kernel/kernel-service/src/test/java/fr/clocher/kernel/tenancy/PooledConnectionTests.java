package fr.clocher.kernel.tenancy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.kernel.testapp.KernelTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A pooled connection never carries one tenant's setting into another's work: through a
 * pool of one connection, each transaction sees exactly the tenant of the work holding
 * it, and the tenant lives no longer than its transaction (decision 0024).
 */
@IntegrationTest(classes = KernelTestApplication.class)
class PooledConnectionTests {

	@Autowired
	DataSource applicationDataSource;

	@Autowired
	TransactionTemplate transactions;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username}")
	String username;

	@Value("${spring.datasource.password}")
	String password;

	HikariDataSource pool;

	TenantAwareDataSource dataSource;

	final UUID a = UUID.randomUUID();

	final UUID b = UUID.randomUUID();

	@BeforeEach
	void poolOfOne() {
		this.pool = new HikariDataSource();
		this.pool.setJdbcUrl(this.url);
		this.pool.setUsername(this.username);
		this.pool.setPassword(this.password);
		this.pool.setMaximumPoolSize(1);
		this.dataSource = new TenantAwareDataSource(this.pool);
	}

	@AfterEach
	void closePool() {
		this.pool.close();
	}

	@Test
	void theApplicationDataSourceIsTenantAware() {
		assertThat(this.applicationDataSource).isInstanceOf(TenantAwareDataSource.class);
	}

	@Test
	void oneConnectionServesSeveralTenantsInTurnWithoutCarryingAnyOver() throws Exception {
		Observed asA = TenantContext.callAs(this.a, () -> observe(false));
		Observed none = observe(false);
		Observed asBInATransaction = TenantContext.callAs(this.b, () -> observe(true));
		Observed noneInATransaction = observe(true);
		Observed noneAgain = observe(false);

		assertThat(asA.backend()).isEqualTo(none.backend())
			.isEqualTo(asBInATransaction.backend())
			.isEqualTo(noneInATransaction.backend())
			.isEqualTo(noneAgain.backend());
		assertThat(asA.tenant()).isEqualTo(this.a.toString());
		assertThat(none.tenant()).isEmpty();
		assertThat(asBInATransaction.tenant()).isEqualTo(this.b.toString());
		assertThat(noneInATransaction.tenant()).isEmpty();
		assertThat(noneAgain.tenant()).isEmpty();
	}

	@Test
	void theTenantLivesAsLongAsItsTransactionAndIsNeverSetForTheSession() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (TenantContext.Scope scope = TenantContext.enter(this.a)) {
				assertThat(tenantSeen(connection)).isEqualTo(this.a.toString());
				assertThat(propagation(connection)).isEqualTo("local");
				connection.commit();
			}
			assertThat(tenantSeen(connection)).isEmpty();
			connection.commit();
			connection.setAutoCommit(true);
			assertThat(TenantContext.callAs(this.a, () -> tenantSeen(connection))).isEqualTo(this.a.toString());
			assertThat(connection.getAutoCommit()).isTrue();
			assertThat(tenantSeen((Connection) connection.unwrap(PGConnection.class))).isEmpty();
		}
	}

	@Test
	void anAutoCommitStatementThatFailsTakesNothingWithIt() throws Exception {
		try (Connection connection = this.dataSource.getConnection();
				TenantContext.Scope scope = TenantContext.enter(this.a)) {
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> connection.createStatement().executeQuery("select 1 / 0"));
			assertThat(connection.getAutoCommit()).isTrue();
			assertThat(tenantSeen(connection)).isEqualTo(this.a.toString());
		}
	}

	@Test
	void rollingBackToASavepointTakenFirstKeepsTheTenant() throws Exception {
		try (Connection connection = this.dataSource.getConnection();
				TenantContext.Scope scope = TenantContext.enter(this.a)) {
			connection.setAutoCommit(false);
			Savepoint first = connection.setSavepoint();
			assertThat(tenantSeen(connection)).isEqualTo(this.a.toString());
			connection.rollback(first);
			assertThat(tenantSeen(connection)).isEqualTo(this.a.toString());
			connection.rollback();
		}
	}

	@Test
	void theTenantCannotChangeInsideAJdbcTransaction() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			TenantContext.runAs(this.a, () -> tenantSeen(connection));
			assertThatIllegalStateException()
				.isThrownBy(() -> TenantContext.runAs(this.b, () -> tenantSeen(connection)))
				.withMessageContaining("cannot change inside a transaction");
			assertThatIllegalStateException().isThrownBy(() -> tenantSeen(connection))
				.withMessageContaining("cannot change inside a transaction");
		}
	}

	@Test
	void theDriversOwnConnectionGetsTheTenantInATransactionOnly() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			TenantContext.runAs(this.a,
					() -> assertThatIllegalStateException().isThrownBy(() -> connection.unwrap(PGConnection.class))
						.withMessageContaining("needs a transaction"));
			connection.setAutoCommit(false);
			Connection driver = TenantContext.callAs(this.a, () -> unwrap(connection));
			assertThat(tenantSeen(driver)).isEqualTo(this.a.toString());
			connection.rollback();
		}
	}

	@Test
	void theTenantIsWrittenIntoTheStatementOnlyAsAUuid() {
		assertThat(TenantAwareDataSource.setLocal(this.a)).isEqualTo(
				"set local citus.propagate_set_commands = 'local'; set local clocher.tenant_id = '" + this.a + "'");
		assertThatIllegalArgumentException().isThrownBy(() -> TenantAwareDataSource.setLocal("x'; reset all; --"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TenantAwareDataSource.setLocal(this.a.toString().toUpperCase()));
	}

	@Test
	void theTenantCannotChangeInsideATransaction() {
		assertThatIllegalStateException().isThrownBy(() -> TenantContext.runAs(this.a,
				() -> this.transactions.executeWithoutResult((status) -> TenantContext.runAs(UUID.randomUUID(), () -> {
				}))))
			.withMessageContaining("cannot change inside a transaction");
		assertThat(TenantContext.current()).isEmpty();
	}

	private Observed observe(boolean inTransaction) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(!inTransaction);
			try (Statement statement = connection.createStatement()) {
				ResultSet row = statement
					.executeQuery("select pg_backend_pid(), coalesce(current_setting('clocher.tenant_id', true), '')");
				row.next();
				Observed observed = new Observed(row.getInt(1), row.getString(2));
				if (inTransaction) {
					connection.commit();
				}
				return observed;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String tenantSeen(Connection connection) {
		return setting(connection, "clocher.tenant_id");
	}

	private static String propagation(Connection connection) {
		return setting(connection, "citus.propagate_set_commands");
	}

	private static String setting(Connection connection, String name) {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("select coalesce(current_setting('" + name + "', true), '')")) {
			row.next();
			return row.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Connection unwrap(Connection connection) {
		try {
			return (Connection) connection.unwrap(PGConnection.class);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Observed(int backend, String tenant) {
	}

}
