package fr.clocher.kernel.tenancy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.clocher.kernel.test.IntegrationTest;
import fr.clocher.kernel.testapp.KernelTestApplication;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A pooled connection never carries one tenant's setting into another's work: through a
 * pool of one connection, each checkout sees exactly the tenant of the work holding it.
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

	@Test
	void theApplicationDataSourceIsTenantAware() {
		assertThat(this.applicationDataSource).isInstanceOf(TenantAwareDataSource.class);
	}

	@Test
	void oneConnectionServesSeveralTenantsInTurnWithoutCarryingAnyOver() throws Exception {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl(this.url);
			pool.setUsername(this.username);
			pool.setPassword(this.password);
			pool.setMaximumPoolSize(1);
			TenantAwareDataSource dataSource = new TenantAwareDataSource(pool);

			Observed asA = TenantContext.callAs(a, () -> observe(dataSource));
			Observed none = observe(dataSource);
			Observed asB = TenantContext.callAs(b, () -> observe(dataSource));
			Observed noneAgain = observe(dataSource);

			assertThat(asA.backend()).isEqualTo(none.backend()).isEqualTo(asB.backend()).isEqualTo(noneAgain.backend());
			assertThat(asA.tenant()).isEqualTo(a.toString());
			assertThat(none.tenant()).isEmpty();
			assertThat(asB.tenant()).isEqualTo(b.toString());
			assertThat(noneAgain.tenant()).isEmpty();
		}
	}

	@Test
	void theTenantCannotChangeInsideATransaction() {
		UUID a = UUID.randomUUID();
		assertThatIllegalStateException().isThrownBy(() -> TenantContext.runAs(a,
				() -> this.transactions.executeWithoutResult((status) -> TenantContext.runAs(UUID.randomUUID(), () -> {
				}))))
			.withMessageContaining("cannot change inside a transaction");
		assertThat(TenantContext.current()).isEmpty();
	}

	private static Observed observe(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			ResultSet row = statement
				.executeQuery("select pg_backend_pid(), coalesce(current_setting('clocher.tenant_id', true), '')");
			row.next();
			return new Observed(row.getInt(1), row.getString(2));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Observed(int backend, String tenant) {
	}

}
